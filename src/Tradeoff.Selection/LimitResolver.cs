using Tradeoff.Core;
using Tradeoff.Selection.Constraints;

namespace Tradeoff.Selection;

/// <summary>Finds the candidate a limit refers to: <c>baseline</c> is the candidate with that id or technique id; other names match an id, then a technique id.</summary>
internal static class LimitResolver
{
    public static Candidate Find(ComparisonConstraint constraint, IReadOnlyList<Candidate> candidates)
    {
        var name = constraint.Limit.Reference!;
        var found = candidates.FirstOrDefault(c => c.Id == name) ?? candidates.FirstOrDefault(c => c.TechniqueId == name);
        if (found is not null)
        {
            return found;
        }

        var names = candidates.Select(c => c.Id).ToList();
        var problem = $"constraint '{constraint.Text}': no candidate '{name}'{Suggestions.DidYouMean(name, names)} (candidates: {string.Join(", ", names)})";
        if (constraint.File is null)
        {
            throw new InputException(problem);
        }

        var offset = constraint.Text.LastIndexOf(name, StringComparison.Ordinal);
        throw new FileFormatException(
            constraint.File,
            constraint.Line > 0 ? constraint.Line : null,
            constraint.Column > 0 ? constraint.Column + Math.Max(0, offset) : null,
            problem);
    }
}
