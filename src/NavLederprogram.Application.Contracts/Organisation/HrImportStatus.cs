namespace NavLederprogram.Organisation;

/// <summary>
/// An accepted import as its sender follows it: what the check found (to create, to update), how many rows the job
/// has written, what they did (created, updated, unchanged), why it stopped if it failed, and whether every row is written.
/// </summary>
public sealed record HrImportStatus(Guid Id, HrImportState State, int TotalRows, int ValidRows, int ToCreate, int ToUpdate,
    int RowsDone, int Created, int Updated, int Unchanged, string? Failure, bool Committed);
