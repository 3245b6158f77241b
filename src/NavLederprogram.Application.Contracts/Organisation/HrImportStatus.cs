namespace NavLederprogram.Organisation;

/// <summary>
/// An accepted import as its sender follows it: what the check found (to create, to update), how many rows the job
/// has written, what they did (created, updated, unchanged), and why it stopped if it failed.
/// </summary>
public sealed record HrImportStatus(Guid Id, HrImportState State, int TotalRows, int ValidRows, int ToCreate, int ToUpdate,
    int RowsDone, int Created, int Updated, int Unchanged, string? Failure)
{
    /// <summary>Every row is written.</summary>
    public bool Committed => State == HrImportState.Completed;
}
