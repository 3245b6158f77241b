using NavLederprogram.Entities;
using NavLederprogram.Events;

namespace NavLederprogram.Competence;

/// <summary>The uploaded file behind a piece of evidence, kept apart so that lists never load file contents.</summary>
public class EvidenceDocument
{
    public Guid EvidenceId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Length { get; private set; }
    public byte[] Content { get; private set; } = [];

    private EvidenceDocument() { }

    public EvidenceDocument(Guid evidenceId, string fileName, string contentType, byte[] content)
    {
        EvidenceId = evidenceId;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        Length = content.LongLength;
    }
}
