#:project ../../src/Tradeoff.Core/Tradeoff.Core.csproj
// The table of docs/VALIDATION.md from the fold files of benchmarks/peers/run.sh: per data set and Tradeoff
// technique, the mean 10 x 10-fold accuracy of Tradeoff and of its Weka and scikit-learn peers, the difference to the
// best peer and its corrected resampled t-test (CorrectedResampledT.IndependentTest: the tools' folds differ, so the
// scores are not paired; n_test / n_train = 1/9 for 10-fold). A row appears only when Tradeoff and at least one peer
// have their 100 fold scores; a peer without them is "not measured". Writes FOLDER/table.csv and FOLDER/table.md.
// Usage: dotnet run benchmarks/peers/Table.cs -- benchmarks/peers
using System.Globalization;
using Tradeoff.Core.Statistics;

var folder = args.Length > 0 ? args[0] : "benchmarks/peers";
var order = new[] { "weather.nominal", "weather.numeric", "iris", "breast-cancer", "diabetes", "credit-g", "segment-challenge" };
var peers = new (string Technique, string? Weka, string[] Sklearn)[]
{
    ("baseline", "ZeroR", ["DummyClassifier"]),
    ("one-rule", "OneR", []),
    ("decision-tree", "J48", ["DecisionTreeClassifier"]),
    ("naive-bayes", "NaiveBayes", ["GaussianNB", "CategoricalNB"]),
    ("logistic-regression", "Logistic", ["LogisticRegression"]),
    ("k-nearest-neighbours", "IBk", ["KNeighborsClassifier"]),
    ("random-forest", "RandomForest", ["RandomForestClassifier"]),
    ("gradient-boosting", null, ["HistGradientBoostingClassifier"]),
    ("neural-network", "MultilayerPerceptron", ["MLPClassifier"]),
};

// The fold files are this script's own simple CSV (no quoting, no commas inside fields): split by hand.
var scores = new Dictionary<(string Data, string Tool, string Peer), List<double>>();
foreach (var file in Directory.GetFiles(Path.Combine(folder, "folds"), "*.csv"))
{
    var tool = Path.GetFileNameWithoutExtension(file).Split('.')[^1];
    foreach (var line in File.ReadLines(file).Skip(1))
    {
        var f = line.Split(',');
        var key = (f[0], tool, f[2]);
        if (!scores.TryGetValue(key, out var list))
        {
            scores[key] = list = [];
        }

        list.Add(double.Parse(f[7], CultureInfo.InvariantCulture));
    }
}

const double TestTrainRatio = 1.0 / 9;
string Peer(string? name, List<double>? peerScores) =>
    name is null ? "(no peer)" : peerScores is null ? $"{name}: not measured" : $"{F(peerScores.Average())} {name}";
string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
var csv = new List<string> { "dataset,technique,tradeoff,weka_peer,weka,sklearn_peer,sklearn,best_peer,difference,t,p" };
var md = new List<string>
{
    "| data set | technique | Tradeoff | Weka 3.6.14 | scikit-learn 1.2 | Tradeoff - best peer | corrected t-test |",
    "|---|---|---|---|---|---|---|",
};
foreach (var data in order)
{
    foreach (var (technique, weka, sklearnNames) in peers)
    {
        var ours = scores.GetValueOrDefault((data, "tradeoff", technique));
        var wekaScores = weka is null ? null : scores.GetValueOrDefault((data, "weka", weka));
        var sklearn = sklearnNames.Select(n => (Name: n, Scores: scores.GetValueOrDefault((data, "sklearn", n)))).FirstOrDefault(p => p.Scores is not null);
        wekaScores = wekaScores is { Count: 100 } ? wekaScores : null;
        sklearn = sklearn.Scores is { Count: 100 } ? sklearn : default;
        if (ours is not { Count: 100 } || (wekaScores is null && sklearn.Scores is null))
        {
            continue;
        }

        var own = ours!;

        var candidates = new List<(string Name, List<double> Scores)>();
        if (wekaScores is not null)
        {
            candidates.Add((weka!, wekaScores));
        }

        if (sklearn.Scores is not null)
        {
            candidates.Add((sklearn.Name, sklearn.Scores));
        }

        var best = candidates.MaxBy(c => c.Scores.Average());
        var difference = own.Average() - best.Scores.Average();
        var (t, p) = CorrectedResampledT.IndependentTest(own, best.Scores, TestTrainRatio);
        var verdict = p < 0.05 ? (difference > 0 ? "better, p " : "worse, p ") : "not significant, p ";
        csv.Add(string.Join(',', data, technique, F(own.Average()), weka ?? "", wekaScores is null ? "" : F(wekaScores.Average()),
            sklearn.Name ?? "", sklearn.Scores is null ? "" : F(sklearn.Scores.Average()), best.Name, F(difference),
            t.ToString("0.000", CultureInfo.InvariantCulture), p.ToString("0.0000", CultureInfo.InvariantCulture)));
        md.Add($"| {data} | {technique} | {F(own.Average())} | {Peer(weka, wekaScores)} | " +
               $"{Peer(sklearnNames.Length == 0 ? null : sklearn.Name ?? sklearnNames[0], sklearn.Scores)} | " +
               $"{(difference >= 0 ? "+" : "")}{F(difference)} | {verdict}{(p < 0.001 ? "< 0.001" : "= " + p.ToString("0.000", CultureInfo.InvariantCulture))} |");
    }
}

File.WriteAllLines(Path.Combine(folder, "table.csv"), csv);
File.WriteAllLines(Path.Combine(folder, "table.md"), md);
Console.WriteLine(string.Join('\n', md));
