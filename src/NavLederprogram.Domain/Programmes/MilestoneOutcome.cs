namespace NavLederprogram.Programmes;

/// <summary>What a milestone did. Not succeeding means an admin has something to do (no participants, open assessments).</summary>
public sealed record MilestoneOutcome(bool Succeeded, string ResultKey, params string[] Arguments);
