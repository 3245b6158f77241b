namespace NavLederprogram.ELearning;

/// <summary>
/// A package's result for a learner over its SCOs: completed when every launchable SCO is; passed when every SCO that
/// knows is passed (failed when one failed, unknown when none knows); the score is the SCOs' mean.
/// </summary>
public sealed record ScormResult(bool Completed, bool? Passed, decimal? ScorePercent)
{
    public static ScormResult Of(ScormPackage package, IReadOnlyCollection<ScormAttempt> attempts)
    {
        var scos = package.Launchable.ToList();
        var byIdentifier = attempts.Where(a => a.PackageId == package.Id).ToDictionary(a => a.ScoIdentifier);
        var results = scos.Select(s => byIdentifier.TryGetValue(s.Identifier, out var a) ? (a.IsCompleted, a.IsPassed(s), a.ScorePercent) : (false, null, null))
            .ToList();
        var completed = results.Count > 0 && results.All(r => r.Item1);
        var known = results.Where(r => r.Item2 is not null).Select(r => r.Item2!.Value).ToList();
        bool? passed = known.Count == 0 ? null : known.Contains(false) ? false : known.Count == results.Count ? true : null;
        var scores = results.Where(r => r.Item3 is not null).Select(r => r.Item3!.Value).ToList();
        return new ScormResult(completed, passed, scores.Count == 0 ? null : Math.Round(scores.Average(), 2));
    }
}
