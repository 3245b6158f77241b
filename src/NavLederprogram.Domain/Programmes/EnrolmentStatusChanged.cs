using NavLederprogram.Competence;
using NavLederprogram.Entities;
using NavLederprogram.Programmes.Events;

namespace NavLederprogram.Programmes;

public sealed record EnrolmentStatusChanged(Guid EnrolmentId, Guid CohortId, Guid PersonId, EnrolmentStatus Status, bool FromWaitlist) : NavLederprogram.Events.IDomainEvent;
