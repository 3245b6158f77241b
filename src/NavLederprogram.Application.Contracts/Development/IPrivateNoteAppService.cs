namespace NavLederprogram.Development;

/// <summary>The leader's private notes: the author alone reads, changes and deletes them.</summary>
public interface IPrivateNoteAppService
{
    Task<IReadOnlyList<PrivateNoteDto>> GetMineAsync(CancellationToken ct);
    Task<PrivateNoteDto> WriteAsync(PrivateNoteInput input, CancellationToken ct);
    Task<PrivateNoteDto> RewriteAsync(Guid id, PrivateNoteInput input, CancellationToken ct);
    Task DeleteAsync(Guid id, CancellationToken ct);
}
