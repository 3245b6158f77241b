using Microsoft.EntityFrameworkCore;
using NavLederprogram.Paging;

namespace NavLederprogram.EntityFrameworkCore.Paging;

internal static class PagingExtensions
{
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, PageRequest request, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var items = await query.Skip(request.SkipCount).Take(request.MaxResultCount).ToListAsync(ct);
        return new Page<T>(total, items);
    }

    /// <summary>Only whitelisted fields sort; anything else sorts by name so that input can never reach SQL.</summary>
    public static (string Field, bool Descending) ParseSorting(string? sorting, string defaultField)
    {
        var parts = (sorting ?? "").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var field = parts.Length > 0 ? parts[0].ToLowerInvariant() : defaultField;
        var descending = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        return (field, descending);
    }

    public static IOrderedQueryable<T> OrderBy<T, TKey>(this IQueryable<T> query, System.Linq.Expressions.Expression<Func<T, TKey>> key, bool descending) =>
        descending ? query.OrderByDescending(key) : Queryable.OrderBy(query, key);

    public static string Like(string filter) => $"%{filter.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
}
