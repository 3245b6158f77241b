using Microsoft.EntityFrameworkCore;
using NavLederprogram.Competence;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Paging;

namespace NavLederprogram.EntityFrameworkCore.Competence;

/// <summary>The stored statuses, read as grouped queries the database does in one pass.</summary>
public sealed class CompetenceGapQueries(NavLederprogramDbContext db, OrganisationReadModels organisation) : ICompetenceGapQueries
{
    private IQueryable<PersonCompetenceStatus> Statuses => db.Set<PersonCompetenceStatus>().AsNoTracking();

    public async Task<IReadOnlyList<PersonCompetenceStatus>> GetForPersonAsync(Guid personId, CancellationToken ct = default) =>
        await Statuses.Where(s => s.PersonId == personId).ToListAsync(ct);

    private IQueryable<PersonCompetenceStatus> Filtered(GapFilter filter)
    {
        var query = Statuses;
        if (filter.OfficeIds is not null) query = query.Where(s => filter.OfficeIds.Contains(s.OfficeId));
        if (filter.RegionId is not null) query = query.Where(s => s.RegionId == filter.RegionId);
        if (filter.OfficeId is not null) query = query.Where(s => s.OfficeId == filter.OfficeId);
        if (filter.JobRoleId is not null) query = query.Where(s => s.JobRoleId == filter.JobRoleId);
        if (filter.CompetenceAreaId is not null) query = query.Where(s => s.CompetenceAreaId == filter.CompetenceAreaId);
        if (filter.Status is not null) query = query.Where(s => s.Status == filter.Status);
        if (filter.MandatoryOnly) query = query.Where(s => s.IsMandatory);
        return query;
    }

    public async Task<IReadOnlyList<StatusCount>> CountAsync(GapFilter filter, GapGrouping grouping, CancellationToken ct = default)
    {
        var query = Filtered(filter);
        var grouped = grouping switch
        {
            GapGrouping.Requirement => query.GroupBy(s => new GroupKey { Key = s.RequirementId, SecondKey = null }),
            GapGrouping.JobRole => query.GroupBy(s => new GroupKey { Key = s.JobRoleId, SecondKey = null }),
            GapGrouping.CompetenceArea => query.GroupBy(s => new GroupKey { Key = s.CompetenceAreaId, SecondKey = null }),
            GapGrouping.Office => query.GroupBy(s => new GroupKey { Key = s.OfficeId, SecondKey = null }),
            GapGrouping.Region => query.GroupBy(s => new GroupKey { Key = s.RegionId, SecondKey = null }),
            _ => query.GroupBy(s => new GroupKey { Key = s.OfficeId, SecondKey = s.CompetenceAreaId }),
        };
        return await grouped.Select(g => new StatusCount(g.Key.Key, g.Key.SecondKey, g.Count(),
            g.Count(s => s.Status == CompetenceStatus.Met), g.Count(s => s.Status == CompetenceStatus.ExpiringSoon),
            g.Count(s => s.Status == CompetenceStatus.Expired), g.Count(s => s.Status == CompetenceStatus.MissingWithinDeadline),
            g.Count(s => s.Status == CompetenceStatus.Overdue))).ToListAsync(ct);
    }

    private sealed class GroupKey
    {
        public Guid Key { get; init; }
        public Guid? SecondKey { get; init; }
    }

    public Task<Page<PersonGapRow>> GetPeopleAsync(GapFilter filter, PageRequest request, CancellationToken ct = default)
    {
        var query = from s in Filtered(filter)
                    join p in organisation.People on s.PersonId equals p.Id
                    select new { s, p.FirstName, p.LastName, p.EmployeeNumber };
        if (!string.IsNullOrWhiteSpace(request.Filter))
        {
            var like = PagingExtensions.Like(request.Filter);
            query = query.Where(x => EF.Functions.Like(x.FirstName, like, "\\") || EF.Functions.Like(x.LastName, like, "\\") || EF.Functions.Like(x.EmployeeNumber, like, "\\"));
        }
        var (field, desc) = PagingExtensions.ParseSorting(request.Sorting, "lastname");
        var ordered = field switch
        {
            "deadline" => desc ? query.OrderByDescending(x => x.s.Deadline) : query.OrderBy(x => x.s.Deadline),
            "status" => desc ? query.OrderByDescending(x => x.s.Status) : query.OrderBy(x => x.s.Status),
            "validuntil" => desc ? query.OrderByDescending(x => x.s.ValidUntil) : query.OrderBy(x => x.s.ValidUntil),
            _ => desc ? query.OrderByDescending(x => x.LastName).ThenByDescending(x => x.FirstName) : query.OrderBy(x => x.LastName).ThenBy(x => x.FirstName),
        };
        return ordered.ThenBy(x => x.s.PersonId).ThenBy(x => x.s.RequirementId)
            .Select(x => new PersonGapRow(x.s.PersonId, x.FirstName, x.LastName, x.EmployeeNumber, x.s.OfficeId, x.s.JobRoleId, x.s.CompetenceAreaId,
                x.s.RequirementId, x.s.IsMandatory, x.s.RequiredLevel, x.s.CurrentLevel, x.s.Status, x.s.Deadline, x.s.ValidUntil))
            .ToPageAsync(request, ct);
    }

    public async Task<int> QueueExpiryRemindersAsync(DateTime now, CancellationToken ct = default)
    {
        var due = await (from s in Statuses
                         where s.Status == CompetenceStatus.ExpiringSoon && s.ValidUntil != null
                         where !db.Set<CompetenceReminder>().Any(r => r.PersonId == s.PersonId && r.RequirementId == s.RequirementId && r.ValidUntil == s.ValidUntil)
                         select new { s.PersonId, s.RequirementId, s.CompetenceAreaId, s.ValidUntil }).ToListAsync(ct);
        foreach (var d in due)
            db.Add(new CompetenceReminder(Guid.CreateVersion7(), d.PersonId, d.RequirementId, d.CompetenceAreaId, d.ValidUntil!.Value, now));
        await db.SaveChangesAsync(ct);
        return due.Count;
    }
}
