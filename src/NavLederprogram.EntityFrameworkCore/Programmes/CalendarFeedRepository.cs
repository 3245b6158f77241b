using Microsoft.EntityFrameworkCore;
using NavLederprogram.Programmes;

namespace NavLederprogram.EntityFrameworkCore.Programmes;

public sealed class CalendarFeedRepository(NavLederprogramDbContext db) : ICalendarFeedRepository
{
    public Task<CalendarFeed?> FindActiveForUserAsync(Guid userId, CancellationToken ct = default) =>
        db.Set<CalendarFeed>().FirstOrDefaultAsync(f => f.UserId == userId && f.RevokedAt == null, ct);

    public Task<CalendarFeed?> FindActiveByTokenHashAsync(string tokenHash, CancellationToken ct = default) =>
        db.Set<CalendarFeed>().AsNoTracking().FirstOrDefaultAsync(f => f.TokenHash == tokenHash && f.RevokedAt == null, ct);

    public async Task InsertAsync(CalendarFeed feed, CancellationToken ct = default) => await db.AddAsync(feed, ct);
}
