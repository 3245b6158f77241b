namespace NavLederprogram.PeerSupervision;

/// <summary>A person to invite, with the office they work in.</summary>
public sealed record Invitee(Guid PersonId, Guid OfficeId);
