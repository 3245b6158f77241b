using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed record ExportFile(byte[] Content, string ContentType, string FileName);
