using NavLederprogram.Competence;
using NavLederprogram.Entities;
using NavLederprogram.Programmes.Events;

namespace NavLederprogram.Programmes;

public sealed record CertificateIssued(Guid CertificateId, Guid PersonId, string ProgrammeName, string CohortName) : NavLederprogram.Events.IDomainEvent;
