using System.Security.Cryptography;
using System.Text;
using NavLederprogram.Entities;

namespace NavLederprogram.Programmes;

public interface ICalendarFeedRepository
{
    Task<CalendarFeed?> FindActiveForUserAsync(Guid userId, CancellationToken ct = default);
    Task<CalendarFeed?> FindActiveByTokenHashAsync(string tokenHash, CancellationToken ct = default);
    Task InsertAsync(CalendarFeed feed, CancellationToken ct = default);
}
