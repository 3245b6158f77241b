using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NavLederprogram.Entities;
using NavLederprogram.Identity;

namespace NavLederprogram.EntityFrameworkCore.Data;

/// <summary>The embedded SQLite database must cope with concurrent writers: WAL, a busy timeout and normal sync.</summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    // A 32 MiB page cache (the default is 2 MiB) keeps the competence read model and its indexes in memory during bulk recomputes.
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA cache_size=-32768;";

    public override void ConnectionOpened(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData) => Run(connection);

    public override async Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Run(System.Data.Common.DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
