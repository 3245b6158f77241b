namespace NavLederprogram.PeerSupervision;

/// <summary>Active members who work at an office, and in how many groups they take part.</summary>
public sealed record SupervisionOfficeRowDto(Guid Id, string Name, int Groups, int Members);
