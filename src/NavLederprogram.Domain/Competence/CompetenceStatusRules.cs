namespace NavLederprogram.Competence;

/// <summary>The rules that decide whether a person meets a requirement. Pure, so that every boundary can be tested.</summary>
public static class CompetenceStatusRules
{
    /// <summary>
    /// The newest evidence counts, not the best ever held: a later assessment at a lower level replaces an
    /// earlier higher one. Evidence dated in the future does not count yet.
    /// </summary>
    public static EvidenceFact? Newest(IEnumerable<EvidenceFact> evidence, DateOnly today)
    {
        EvidenceFact? newest = null;
        foreach (var e in evidence)
        {
            if (e.AchievedOn > today) continue;
            if (newest is not { } n || e.AchievedOn > n.AchievedOn || (e.AchievedOn == n.AchievedOn && e.Level > n.Level))
                newest = e;
        }
        return newest;
    }

    /// <summary>The last day evidence is valid: its own end date, or sooner when the requirement asks for renewal.</summary>
    public static DateOnly? ValidThrough(EvidenceFact evidence, int? renewalMonths)
    {
        DateOnly? renewal = renewalMonths is { } months ? evidence.AchievedOn.AddMonths(months).AddDays(-1) : null;
        return (evidence.ValidUntil, renewal) switch
        {
            ({ } own, { } due) => own < due ? own : due,
            ({ } own, null) => own,
            (null, var due) => due,
        };
    }

    /// <param name="requirementFrom">When the requirement came into force: a new requirement gives people the full deadline from then.</param>
    /// <param name="roleStart">When the person took the role.</param>
    public static StatusOutcome Evaluate(RequirementTerms terms, DateOnly requirementFrom, DateOnly roleStart, EvidenceFact? newest, DateOnly today, int expiringSoonDays)
    {
        var deadline = (roleStart > requirementFrom ? roleStart : requirementFrom).AddMonths(terms.DeadlineMonths);
        if (newest is { } evidence && evidence.Level >= terms.MinimumLevel)
        {
            var validThrough = ValidThrough(evidence, terms.RenewalMonths);
            if (validThrough is { } last && today > last) return new(CompetenceStatus.Expired, evidence.Level, deadline, last);
            var expiringSoon = validThrough is { } end && end.DayNumber - today.DayNumber < expiringSoonDays;
            return new(expiringSoon ? CompetenceStatus.ExpiringSoon : CompetenceStatus.Met, evidence.Level, deadline, validThrough);
        }
        var status = today <= deadline ? CompetenceStatus.MissingWithinDeadline : CompetenceStatus.Overdue;
        return new(status, newest?.Level, deadline, null);
    }
}
