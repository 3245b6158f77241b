using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed class CohortActionInput
{
    /// <summary>Complete although assignments still wait for assessment (admins only, with a reason).</summary>
    public bool? Force { get; set; }
    public string? Reason { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
