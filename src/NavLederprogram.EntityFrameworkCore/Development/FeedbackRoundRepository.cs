using Microsoft.EntityFrameworkCore;
using NavLederprogram.Development;

namespace NavLederprogram.EntityFrameworkCore.Development;

public sealed class FeedbackRoundRepository(NavLederprogramDbContext db) : IFeedbackRoundRepository
{
    public Task<FeedbackRound?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Set<FeedbackRound>().FirstOrDefaultAsync(r => r.Id == id, ct);

    public async Task<IReadOnlyList<FeedbackRound>> GetOfPersonAsync(Guid personId, CancellationToken ct = default) =>
        await db.Set<FeedbackRound>().AsNoTracking().Where(r => r.PersonId == personId).OrderByDescending(r => r.OpensAt).ToListAsync(ct);

    public async Task<IReadOnlyDictionary<Guid, FeedbackRoundCount>> CountAsync(IReadOnlyCollection<Guid> roundIds, CancellationToken ct = default)
    {
        if (roundIds.Count == 0) return new Dictionary<Guid, FeedbackRoundCount>();
        var ids = roundIds.Distinct().ToList();
        var rows = await db.Set<FeedbackInvitee>().AsNoTracking().Where(i => ids.Contains(i.RoundId))
            .GroupBy(i => i.RoundId)
            .Select(g => new { RoundId = g.Key, Invited = g.Count(), Answered = g.Count(i => i.Answered) })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.RoundId, r => new FeedbackRoundCount(r.Invited, r.Answered));
    }

    public Task<FeedbackInvitee?> FindInviteeByTokenHashAsync(string tokenHash, CancellationToken ct = default) =>
        db.Set<FeedbackInvitee>().FirstOrDefaultAsync(i => i.TokenHash == tokenHash, ct);

    public async Task<IReadOnlyList<FeedbackInvitee>> GetUnansweredAsync(Guid roundId, CancellationToken ct = default) =>
        await db.Set<FeedbackInvitee>().Where(i => i.RoundId == roundId && !i.Answered).ToListAsync(ct);

    public async Task<IReadOnlyList<FeedbackResponse>> GetResponsesAsync(Guid roundId, CancellationToken ct = default) =>
        await db.Set<FeedbackResponse>().AsNoTracking().Where(r => r.RoundId == roundId).ToListAsync(ct);

    public async Task InsertAsync(FeedbackRoundStart start, CancellationToken ct = default)
    {
        await db.AddAsync(start.Round, ct);
        await db.AddRangeAsync(start.Invitations.Select(i => i.Invitee), ct);
    }

    public async Task InsertAsync(FeedbackResponse response, CancellationToken ct = default) => await db.AddAsync(response, ct);
}
