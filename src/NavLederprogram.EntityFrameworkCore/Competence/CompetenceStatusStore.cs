using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using NavLederprogram.Competence;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.Organisation;
using Npgsql;
using NpgsqlTypes;

namespace NavLederprogram.EntityFrameworkCore.Competence;

/// <summary>
/// The stored statuses. Reads are grouped queries the database does in one pass; writes replace only the people
/// whose statuses differ, in bulk: binary COPY on PostgreSQL, multi-row inserts elsewhere. Tracking 160,000
/// rows through the change tracker would cost more than the whole calculation.
/// </summary>
public sealed class CompetenceStatusStore(NavLederprogramDbContext db) : ICompetenceStatusStore
{
    private IQueryable<PersonCompetenceStatus> Statuses => db.Set<PersonCompetenceStatus>().AsNoTracking();

    public async Task<IReadOnlyList<RoleHolding>> GetRoleHoldingsAsync(IReadOnlyCollection<Guid>? personIds, CancellationToken ct = default)
    {
        var people = db.People.AsNoTracking().IgnoreAutoIncludes();
        if (personIds is not null) people = people.Where(p => personIds.Contains(p.Id));
        return await (from p in people
                      from r in p.JobRoles
                      join o in db.Offices.IgnoreAutoIncludes() on p.OfficeId equals o.Id
                      select new RoleHolding(p.Id, o.Id, o.RegionId, r.JobRoleId, r.StartDate)).ToListAsync(ct);
    }

    public async Task<StatusWriteResult> ReplaceAsync(IReadOnlyCollection<Guid>? personIds, IReadOnlyList<PersonCompetenceStatus> statuses, CancellationToken ct = default)
    {
        var existingQuery = Statuses;
        if (personIds is not null) existingQuery = existingQuery.Where(s => personIds.Contains(s.PersonId));
        var existing = (await existingQuery.ToListAsync(ct)).ToDictionary(s => (s.PersonId, s.RequirementId));

        int inserted = 0, updated = 0;
        var changedPeople = new HashSet<Guid>();
        foreach (var status in statuses)
        {
            if (!existing.Remove((status.PersonId, status.RequirementId), out var old)) { inserted++; changedPeople.Add(status.PersonId); }
            else if (!old.SameAs(status)) { updated++; changedPeople.Add(status.PersonId); }
        }
        var deleted = existing.Count;
        foreach (var gone in existing.Values) changedPeople.Add(gone.PersonId);
        if (changedPeople.Count == 0) return new StatusWriteResult(0, 0, 0, statuses.Count);

        // When most people changed (the first run, a new national requirement), clearing the table is cheaper than deleting person by person.
        var replaceAll = personIds is null && changedPeople.Count * 2 > statuses.Select(st => st.PersonId).Distinct().Count();
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await LockStatusWritesAsync(ct);
            if (replaceAll) await db.Set<PersonCompetenceStatus>().ExecuteDeleteAsync(ct);
            else await DeletePeopleAsync(changedPeople, ct);
            await BulkInsertAsync(replaceAll ? statuses : statuses.Where(st => changedPeople.Contains(st.PersonId)).ToList(), ct);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(ct);
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
        return new StatusWriteResult(inserted, updated, deleted, statuses.Count);
    }

    /// <summary>
    /// Status writers take turns: two replacing the same person at once (an approval during the nightly run) would
    /// otherwise both insert that person's rows. SQLite has one writer anyway; the server databases get a transaction lock.
    /// </summary>
    private async Task LockStatusWritesAsync(CancellationToken ct)
    {
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7244213)", ct);
        else if (db.Database.IsSqlServer())
            await db.Database.ExecuteSqlRawAsync("EXEC sp_getapplock @Resource = 'CompPersonStatuses', @LockMode = 'Exclusive', @LockOwner = 'Transaction'", ct);
    }

    private static readonly string[] Columns =
    [
        nameof(PersonCompetenceStatus.PersonId), nameof(PersonCompetenceStatus.RequirementId), nameof(PersonCompetenceStatus.CompetenceAreaId),
        nameof(PersonCompetenceStatus.JobRoleId), nameof(PersonCompetenceStatus.OfficeId), nameof(PersonCompetenceStatus.RegionId),
        nameof(PersonCompetenceStatus.IsMandatory), nameof(PersonCompetenceStatus.RequiredLevel), nameof(PersonCompetenceStatus.CurrentLevel),
        nameof(PersonCompetenceStatus.Status), nameof(PersonCompetenceStatus.Deadline), nameof(PersonCompetenceStatus.ValidUntil),
    ];

    private async Task BulkInsertAsync(IReadOnlyList<PersonCompetenceStatus> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        var entity = db.Model.FindEntityType(typeof(PersonCompetenceStatus))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = Columns.Select(c => $"\"{entity.FindProperty(c)!.GetColumnName(table)}\"").ToList();
        var tableName = $"\"{table.Name}\"";
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();

        if (connection is NpgsqlConnection npgsql)
        {
            await using var import = await npgsql.BeginBinaryImportAsync($"COPY {tableName} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var s in rows)
            {
                await import.StartRowAsync(ct);
                await import.WriteAsync(s.PersonId, NpgsqlDbType.Uuid, ct);
                await import.WriteAsync(s.RequirementId, NpgsqlDbType.Uuid, ct);
                await import.WriteAsync(s.CompetenceAreaId, NpgsqlDbType.Uuid, ct);
                await import.WriteAsync(s.JobRoleId, NpgsqlDbType.Uuid, ct);
                await import.WriteAsync(s.OfficeId, NpgsqlDbType.Uuid, ct);
                await import.WriteAsync(s.RegionId, NpgsqlDbType.Uuid, ct);
                await import.WriteAsync(s.IsMandatory, NpgsqlDbType.Boolean, ct);
                await import.WriteAsync(s.RequiredLevel, NpgsqlDbType.Integer, ct);
                if (s.CurrentLevel is { } level) await import.WriteAsync(level, NpgsqlDbType.Integer, ct); else await import.WriteNullAsync(ct);
                await import.WriteAsync((int)s.Status, NpgsqlDbType.Integer, ct);
                await import.WriteAsync(s.Deadline, NpgsqlDbType.Date, ct);
                if (s.ValidUntil is { } until) await import.WriteAsync(until, NpgsqlDbType.Date, ct); else await import.WriteNullAsync(ct);
            }
            await import.CompleteAsync(ct);
            return;
        }

        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(ct);
        if (db.Database.IsSqlite())
        {
            // SQLite is fastest with one prepared single-row statement run many times inside the transaction.
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO {tableName} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))})";
            var parameters = Columns.Select((_, i) =>
            {
                var parameter = insert.CreateParameter();
                parameter.ParameterName = $"@p{i}";
                insert.Parameters.Add(parameter);
                return parameter;
            }).ToArray();
            await insert.PrepareAsync(ct);
            foreach (var s in rows)
            {
                var values = SqliteValues(s);
                for (var i = 0; i < values.Length; i++) parameters[i].Value = values[i];
                await insert.ExecuteNonQueryAsync(ct);
            }
            return;
        }

        // SQL Server allows 2,100 parameters a command; 12 columns × 150 rows stays under it.
        const int rowsPerCommand = 150;
        foreach (var chunk in rows.Chunk(rowsPerCommand))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var values = new List<string>(chunk.Length);
            var p = 0;
            foreach (var s in chunk)
            {
                object?[] row = [s.PersonId, s.RequirementId, s.CompetenceAreaId, s.JobRoleId, s.OfficeId, s.RegionId,
                    s.IsMandatory, s.RequiredLevel, (object?)s.CurrentLevel ?? DBNull.Value, (int)s.Status, s.Deadline, (object?)s.ValidUntil ?? DBNull.Value];
                var names = new string[row.Length];
                for (var i = 0; i < row.Length; i++)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = names[i] = $"@p{p++}";
                    parameter.Value = row[i];
                    command.Parameters.Add(parameter);
                }
                values.Add($"({string.Join(", ", names)})");
            }
            command.CommandText = $"INSERT INTO {tableName} ({string.Join(", ", columns)}) VALUES {string.Join(", ", values)}";
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>SQLite keeps GUIDs and dates as the text EF Core writes: upper-case GUIDs and ISO dates.</summary>
    private static object[] SqliteValues(PersonCompetenceStatus s) =>
    [
        Text(s.PersonId), Text(s.RequirementId), Text(s.CompetenceAreaId), Text(s.JobRoleId), Text(s.OfficeId), Text(s.RegionId),
        s.IsMandatory ? 1 : 0, s.RequiredLevel, (object?)s.CurrentLevel ?? DBNull.Value, (int)s.Status,
        s.Deadline.ToString("yyyy-MM-dd"), (object?)s.ValidUntil?.ToString("yyyy-MM-dd") ?? DBNull.Value,
    ];

    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private async Task DeletePeopleAsync(IReadOnlyCollection<Guid> people, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            foreach (var chunk in people.Chunk(1000))
                await db.Set<PersonCompetenceStatus>().Where(st => chunk.Contains(st.PersonId)).ExecuteDeleteAsync(ct);
            return;
        }
        // One prepared statement per person uses the key's index; a list parameter would not on SQLite.
        var connection = db.Database.GetDbConnection();
        var entity = db.Model.FindEntityType(typeof(PersonCompetenceStatus))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        await using var delete = connection.CreateCommand();
        delete.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        delete.CommandText = $"DELETE FROM \"{table.Name}\" WHERE \"{entity.FindProperty(nameof(PersonCompetenceStatus.PersonId))!.GetColumnName(table)}\" = @person";
        var parameter = delete.CreateParameter();
        parameter.ParameterName = "@person";
        delete.Parameters.Add(parameter);
        await delete.PrepareAsync(ct);
        foreach (var person in people)
        {
            parameter.Value = Text(person);
            await delete.ExecuteNonQueryAsync(ct);
        }
    }

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
                    join p in db.People.IgnoreAutoIncludes() on s.PersonId equals p.Id
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
