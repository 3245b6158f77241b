using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

/// <summary>Dates or the schedule moved: the cohort's milestones must follow.</summary>
public sealed record CohortScheduleChanged(Guid CohortId) : NavLederprogram.Events.IDomainEvent;
