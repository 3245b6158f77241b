using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

public sealed record ProgrammeVersionPublished(Guid VersionId) : NavLederprogram.Events.IDomainEvent;
