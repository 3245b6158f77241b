using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using NavLederprogram.Competence;
using NavLederprogram.EntityFrameworkCore.Organisation;
using NavLederprogram.EntityFrameworkCore.Paging;
using NavLederprogram.Paging;
using Npgsql;
using NpgsqlTypes;

namespace NavLederprogram.EntityFrameworkCore.Competence;

/// <summary>
/// Writes the calculated statuses, replacing only the people whose statuses differ, in bulk: binary COPY on
/// PostgreSQL, prepared row statements on SQLite, multi-row inserts on SQL Server. Tracking 160,000 rows through the
/// change tracker would cost more than the whole calculation.
/// </summary>
public sealed class CompetenceStatusWriter(NavLederprogramDbContext db, OrganisationReadModels organisation) : ICompetenceStatusWriter
{
    private IQueryable<PersonCompetenceStatus> Statuses => db.Set<PersonCompetenceStatus>().AsNoTracking();

    public async Task<IReadOnlyList<RoleHolding>> GetRoleHoldingsAsync(IReadOnlyCollection<Guid>? personIds, CancellationToken ct = default)
    {
        var people = organisation.People;
        if (personIds is not null) people = people.Where(p => personIds.Contains(p.Id));
        return await (from p in people
                      join r in organisation.PersonJobRoles on p.Id equals r.PersonId
                      join o in organisation.Offices on p.OfficeId equals o.Id
                      select new RoleHolding(p.Id, o.Id, o.RegionId, r.JobRoleId, r.StartDate)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Guid>> GetHoldersAsync(IReadOnlyCollection<Guid> jobRoleIds, CancellationToken ct = default)
    {
        var holding = organisation.PersonJobRoles.Where(r => jobRoleIds.Contains(r.JobRoleId)).Select(r => r.PersonId);
        var statused = Statuses.Where(s => jobRoleIds.Contains(s.JobRoleId)).Select(s => s.PersonId);
        return await holding.Union(statused).ToListAsync(ct);
    }

    public async Task<StatusWriteResult> ReplaceAsync(IReadOnlyCollection<Guid>? personIds, IReadOnlyList<PersonCompetenceStatus> statuses, CancellationToken ct = default)
    {
        var existingQuery = Statuses;
        if (personIds is not null) existingQuery = existingQuery.Where(s => personIds.Contains(s.PersonId));
        // Competence, role and region follow from the requirement and the office, so they need not be read back to compare.
        var existing = (await existingQuery.Select(s => new PersonCompetenceStatus
        {
            PersonId = s.PersonId,
            RequirementId = s.RequirementId,
            OfficeId = s.OfficeId,
            IsMandatory = s.IsMandatory,
            RequiredLevel = s.RequiredLevel,
            CurrentLevel = s.CurrentLevel,
            Status = s.Status,
            Deadline = s.Deadline,
            ValidUntil = s.ValidUntil,
        }).ToListAsync(ct)).ToDictionary(s => (s.PersonId, s.RequirementId));

        var toInsert = new List<PersonCompetenceStatus>();
        var toUpdate = new List<PersonCompetenceStatus>();
        foreach (var status in statuses)
        {
            if (!existing.Remove((status.PersonId, status.RequirementId), out var old)) toInsert.Add(status);
            else if (!old.SameAs(status)) toUpdate.Add(status);
        }
        var toDelete = existing.Values.ToList();
        int inserted = toInsert.Count, updated = toUpdate.Count, deleted = toDelete.Count;
        if (inserted + updated + deleted == 0) return new StatusWriteResult(0, 0, 0, statuses.Count);

        // When most rows change (the first run, a new national requirement), rewriting the table is cheaper than row by row.
        var replaceAll = personIds is null && (inserted + updated + deleted) * 2 > statuses.Count;
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await LockStatusWritesAsync(ct);
            if (replaceAll)
            {
                await db.Set<PersonCompetenceStatus>().ExecuteDeleteAsync(ct);
                if (db.Database.IsSqlite()) await WithIndexesBuiltAfterAsync(() => BulkInsertAsync(statuses, ct), ct);
                else await BulkInsertAsync(statuses, ct);
            }
            else if (db.Database.IsSqlite())
            {
                await SqliteRowsAsync(toDelete, toUpdate, toInsert, ct);
            }
            else
            {
                var changedPeople = toInsert.Concat(toUpdate).Concat(toDelete).Select(st => st.PersonId).ToHashSet();
                foreach (var chunk in changedPeople.Chunk(1000))
                    await db.Set<PersonCompetenceStatus>().Where(st => chunk.Contains(st.PersonId)).ExecuteDeleteAsync(ct);
                await BulkInsertAsync(statuses.Where(st => changedPeople.Contains(st.PersonId)).ToList(), ct);
            }
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

    /// <summary>
    /// SQLite keeps every index of the table up to date row by row while it inserts, each a B-tree of GUID text; for a
    /// rewrite of the whole table, building each index once from the finished table (one sort) is cheaper. The indexes
    /// are dropped and created again inside the writer's transaction, from the model, so the schema stays the same.
    /// </summary>
    private async Task WithIndexesBuiltAfterAsync(Func<Task> write, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(PersonCompetenceStatus))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var indexes = entity.GetIndexes()
            .Select(i => (Name: i.GetDatabaseName(table)!, Unique: i.IsUnique, Columns: i.Properties.Select(p => $"\"{p.GetColumnName(table)}\"").ToList()))
            .ToList();
        foreach (var index in indexes)
        {
            var drop = $"DROP INDEX IF EXISTS \"{index.Name}\"";
            await db.Database.ExecuteSqlRawAsync(drop, ct);
        }
        await write();
        foreach (var index in indexes)
        {
            var create = $"CREATE {(index.Unique ? "UNIQUE " : "")}INDEX \"{index.Name}\" ON \"{table.Name}\" ({string.Join(", ", index.Columns)})";
            await db.Database.ExecuteSqlRawAsync(create, ct);
        }
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
        var (tableName, column) = TableAndColumns();
        var columns = Columns.Select(column).ToList();
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
            // In key order the primary key grows at its end instead of splitting pages all over.
            await SqliteRunAsync($"INSERT INTO {tableName} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))})",
                rows.OrderBy(r => Text(r.PersonId), StringComparer.Ordinal).ThenBy(r => Text(r.RequirementId), StringComparer.Ordinal).Select(SqliteValues), ct);
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

    /// <summary>SQLite, row by row with prepared statements: an update touches only the indexes whose columns change.</summary>
    private async Task SqliteRowsAsync(IReadOnlyList<PersonCompetenceStatus> delete, IReadOnlyList<PersonCompetenceStatus> update,
        IReadOnlyList<PersonCompetenceStatus> insert, CancellationToken ct)
    {
        var (table, column) = TableAndColumns();
        string Key(string prefix, int first) =>
            $"{column(nameof(PersonCompetenceStatus.PersonId))} = {prefix}{first} AND {column(nameof(PersonCompetenceStatus.RequirementId))} = {prefix}{first + 1}";
        await SqliteRunAsync($"DELETE FROM {table} WHERE {Key("@k", 0)}", delete.Select(s => new object[] { Text(s.PersonId), Text(s.RequirementId) }), ct, "@k");
        // Columns 4–11 of the row (office to valid-until) may change; person and requirement (0, 1) are the key.
        var changing = Columns[4..];
        var set = string.Join(", ", changing.Select((c, i) => $"{column(c)} = @u{i}"));
        await SqliteRunAsync($"UPDATE {table} SET {set} WHERE {Key("@u", changing.Length)}",
            update.Select(s =>
            {
                var v = SqliteValues(s);
                return (object[])[.. v[4..], v[0], v[1]];
            }), ct, "@u");
        await BulkInsertAsync(insert, ct);
    }

    private (string Table, Func<string, string> Column) TableAndColumns()
    {
        var entity = db.Model.FindEntityType(typeof(PersonCompetenceStatus))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return ($"\"{table.Name}\"", property => $"\"{entity.FindProperty(property)!.GetColumnName(table)}\"");
    }

    /// <summary>Runs one prepared statement once per row, inside the current transaction: SQLite's fastest way to write many rows.</summary>
    private async Task SqliteRunAsync(string sql, IEnumerable<object[]> rows, CancellationToken ct, string prefix = "@p")
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        DbParameter[]? parameters = null;
        foreach (var row in rows)
        {
            if (parameters is null)
            {
                parameters = row.Select((_, i) =>
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = $"{prefix}{i}";
                    command.Parameters.Add(parameter);
                    return parameter;
                }).ToArray();
                await command.PrepareAsync(ct);
            }
            for (var i = 0; i < row.Length; i++) parameters[i].Value = row[i];
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
