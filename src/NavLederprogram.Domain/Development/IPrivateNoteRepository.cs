namespace NavLederprogram.Development;

public interface IPrivateNoteRepository
{
    Task<PrivateNote?> FindAsync(Guid id, CancellationToken ct = default);
    /// <summary>The author's own notes, newest first.</summary>
    Task<IReadOnlyList<PrivateNote>> GetForPersonAsync(Guid personId, CancellationToken ct = default);
    Task InsertAsync(PrivateNote note, CancellationToken ct = default);
    void Delete(PrivateNote note);
}
