namespace NavLederprogram.Organisation;

/// <summary>An import's state and counts, read without its rows (which can be megabytes) for the one who follows it.</summary>
public sealed record HrImportCard(Guid Id, string Submitter, HrImportState State, int TotalRows, int ValidRows, int ToCreate, int ToUpdate,
    HrImportProgress Progress, string? Failure);
