using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public interface IProgrammeRepository
{
    /// <summary>The programme; there is one.</summary>
    Task<Programme?> GetProgrammeAsync(CancellationToken ct = default);
    Task InsertProgrammeAsync(Programme programme, CancellationToken ct = default);
    Task<ProgrammeVersion?> FindVersionAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<ProgrammeVersion>> GetVersionsAsync(CancellationToken ct = default);
    Task<IReadOnlyList<ProgrammeVersion>> GetVersionsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    /// <summary>The versions' names and modules, read without their approvals and history.</summary>
    Task<IReadOnlyList<ProgrammeVersionContent>> GetVersionContentsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    Task<IReadOnlyDictionary<Guid, TranslatedText>> GetVersionNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    /// <summary>
    /// A published version from the node's cache, or null for a draft or an unknown id. A published version never changes
    /// (only drafts are edited or deleted), so it is read once per node and shared: read it, never change or attach it.
    /// </summary>
    Task<ProgrammeVersion?> FindPublishedVersionAsync(Guid id, CancellationToken ct = default);
    /// <summary>
    /// The published versions among <paramref name="ids"/>, as <see cref="FindPublishedVersionAsync"/>; those not cached yet
    /// in one statement.
    /// </summary>
    Task<IReadOnlyList<ProgrammeVersion>> GetPublishedVersionsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    Task InsertVersionAsync(ProgrammeVersion version, CancellationToken ct = default);
    Task<bool> VersionInUseAsync(Guid versionId, CancellationToken ct = default);
    void DeleteVersion(ProgrammeVersion version);
}
