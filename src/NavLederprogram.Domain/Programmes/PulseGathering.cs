namespace NavLederprogram.Programmes;

/// <summary>
/// A gathering that has ended, as the pulse after it needs it. <see cref="SessionId"/> names the occurrence (the cohort's session);
/// <see cref="Title"/> is the gathering's bokmål title as scheduled.
/// </summary>
[ModuleContract]
public sealed record PulseGathering(
    Guid SessionId,
    Guid CohortId,
    Guid? RegionId,
    string CohortName,
    string Title,
    DateTime EndsAt,
    IReadOnlyList<Guid> ParticipantPersonIds);
