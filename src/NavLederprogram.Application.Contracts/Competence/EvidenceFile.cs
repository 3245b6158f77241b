using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed record EvidenceFile(string FileName, long Length, Stream Content);
