namespace NavLederprogram.Scheduling;

/// <summary>How the newest run of a job ended, as other modules read it.</summary>
[ModuleContract]
public sealed record JobRunOutcome(string JobGroup, string JobName, DateTime FiredAt, bool Succeeded);
