using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

public sealed record ProgrammeVersionAwaitsApproval(Guid VersionId, ApprovalParty From) : NavLederprogram.Events.IDomainEvent;
