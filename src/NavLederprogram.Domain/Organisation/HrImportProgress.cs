namespace NavLederprogram.Organisation;

/// <summary>The rows an import has written so far, and what they did to the register.</summary>
public sealed record HrImportProgress(int RowsDone, int Created, int Updated, int Unchanged);
