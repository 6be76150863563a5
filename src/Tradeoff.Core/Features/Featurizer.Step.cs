using MathNet.Numerics.Statistics;
using Tradeoff.Core.Data;

namespace Tradeoff.Core.Features;

public sealed partial class Featurizer
{
    /// <summary>The fitted transformation of one input feature.</summary>
    private sealed class Step
    {
        public bool Nominal { get; init; }

        public int LevelCount { get; init; }

        public bool OneHot { get; init; }

        public bool Standardize { get; init; }

        public bool Impute { get; init; }

        public bool Indicator { get; init; }

        /// <summary>The median (numeric) or mode (nominal) of the training values.</summary>
        public float Fill { get; init; }

        public float Mean { get; init; }

        public float Scale { get; init; } = 1f;

        public IReadOnlyList<string> Levels { get; init; } = [];

        public int Width => (Nominal && OneHot ? LevelCount : 1) + (Indicator ? 1 : 0);

        /// <summary>A nominal feature kept as level indices (a technique that handles categories).</summary>
        public bool PassesNominalThrough => Nominal && !OneHot;

        /// <summary>Fits the step on <paramref name="column"/>, read into <paramref name="values"/> (its length), which it reorders.</summary>
        public static Step Fit(Column column, FeaturizationPlan plan, float[] values)
        {
            column.CopyTo(values);
            if (column.IsNominal)
            {
                var hasMissing = Array.Exists(values, float.IsNaN);
                return new Step
                {
                    Nominal = true,
                    LevelCount = column.Levels.Count,
                    Levels = column.Levels,
                    OneHot = plan.OneHot,
                    Impute = plan.Impute,
                    Indicator = plan.Impute && hasMissing,
                    Fill = Mode(values, column.Levels.Count),
                };
            }

            var (present, mean, variance) = Moments(values);
            var std = Math.Sqrt(variance);
            return new Step
            {
                Standardize = plan.Standardize,
                Impute = plan.Impute,
                Indicator = plan.Impute && present < values.Length,
                // The median is only needed to impute; sorting every column of a wide data set costs seconds otherwise.
                Fill = plan.Impute ? Median(present == values.Length ? values : values.Where(v => !float.IsNaN(v)).ToArray()) : 0f,
                Mean = (float)mean,
                // A constant column keeps its values rather than dividing by zero (scikit-learn's StandardScaler does the same).
                Scale = std > 0 ? (float)std : 1f,
            };
        }

        public void Write(float value, Span<float> output)
        {
            var missing = float.IsNaN(value);
            if (Nominal && OneHot)
            {
                output[..LevelCount].Clear();
                if (!missing)
                {
                    output[(int)value] = 1f;
                }
            }
            else
            {
                var v = missing && Impute ? Fill : value;
                if (!Nominal && Standardize && !float.IsNaN(v))
                {
                    v = (v - Mean) / Scale;
                }

                output[0] = v;
            }

            if (Indicator)
            {
                output[Width - 1] = missing ? 1f : 0f;
            }
        }

        /// <summary>Writes output <paramref name="k"/> of this step for every row of <paramref name="source"/>, as <see cref="Write(float, Span{float})"/> would.</summary>
        public void Write(Column source, int k, Span<float> destination)
        {
            for (var r = 0; r < destination.Length; r++)
            {
                destination[r] = Output(source.ValueAt(r), k);
            }
        }

        public IEnumerable<string> Names(string name)
        {
            if (Nominal && OneHot)
            {
                foreach (var level in Levels)
                {
                    yield return name + "=" + level;
                }
            }
            else
            {
                yield return name;
            }

            if (Indicator)
            {
                yield return name + "?";
            }
        }

        public void Write(BinaryWriter writer)
        {
            writer.Write(Nominal);
            writer.Write(LevelCount);
            writer.Write(OneHot);
            writer.Write(Standardize);
            writer.Write(Impute);
            writer.Write(Indicator);
            writer.Write(Fill);
            writer.Write(Mean);
            writer.Write(Scale);
            foreach (var level in Levels)
            {
                writer.Write(level);
            }
        }

        // Output k of one value: the one-hot slot or the (imputed, standardized) value, then the missing indicator.
        private float Output(float value, int k)
        {
            var missing = float.IsNaN(value);
            if (Indicator && k == Width - 1)
            {
                return missing ? 1f : 0f;
            }

            if (Nominal && OneHot)
            {
                return !missing && (int)value == k ? 1f : 0f;
            }

            var v = missing && Impute ? Fill : value;
            return !Nominal && Standardize && !float.IsNaN(v) ? (v - Mean) / Scale : v;
        }

        public static Step Read(BinaryReader reader)
        {
            var nominal = reader.ReadBoolean();
            var levelCount = reader.ReadInt32();
            var oneHot = reader.ReadBoolean();
            var standardize = reader.ReadBoolean();
            var impute = reader.ReadBoolean();
            var indicator = reader.ReadBoolean();
            var fill = reader.ReadSingle();
            var mean = reader.ReadSingle();
            var scale = reader.ReadSingle();
            var levels = new string[nominal ? levelCount : 0];
            for (var i = 0; i < levels.Length; i++)
            {
                levels[i] = reader.ReadString();
            }

            return new Step
            {
                Nominal = nominal, LevelCount = levelCount, OneHot = oneHot, Standardize = standardize, Impute = impute,
                Indicator = indicator, Fill = fill, Mean = mean, Scale = scale, Levels = levels,
            };
        }

        // Count, mean and population variance of the present values in two plain passes: the featurizer is fitted on
        // every fold of every study, and LINQ over wide data sets costs seconds there.
        private static (int Present, double Mean, double Variance) Moments(float[] values)
        {
            var count = 0;
            var sum = 0.0;
            foreach (var v in values)
            {
                if (!float.IsNaN(v))
                {
                    count++;
                    sum += v;
                }
            }

            if (count == 0)
            {
                return (0, 0.0, 0.0);
            }

            var mean = sum / count;
            var squares = 0.0;
            foreach (var v in values)
            {
                if (!float.IsNaN(v))
                {
                    squares += (v - mean) * (v - mean);
                }
            }

            return (count, mean, squares / count);
        }

        private static float Median(float[] present)
        {
            if (present.Length == 0)
            {
                return 0f;
            }

            // Selection (quickselect) instead of a full sort: linear time, on the caller's buffer (it is reordered).
            return ArrayStatistics.MedianInplace(present);
        }

        private static float Mode(float[] values, int levelCount)
        {
            var counts = new int[Math.Max(levelCount, 1)];
            foreach (var v in values)
            {
                if (!float.IsNaN(v))
                {
                    counts[(int)v]++;
                }
            }

            return Array.IndexOf(counts, counts.Max());
        }
    }
}
