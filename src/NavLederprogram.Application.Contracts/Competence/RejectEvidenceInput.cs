using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed class RejectEvidenceInput
{
    public string? Reason { get; set; }
}
