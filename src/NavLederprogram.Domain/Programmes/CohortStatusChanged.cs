using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

public sealed record CohortStatusChanged(Guid CohortId, CohortStatus Status) : NavLederprogram.Events.IDomainEvent;
