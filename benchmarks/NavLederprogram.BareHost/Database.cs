using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace NavLederprogram.BareHost;

/// <summary>
/// The app's database read by hand with the provider's ADO.NET driver: no EF Core, no change tracking, one
/// connection per request from the driver's pool. Reads the values as each provider stores them (SQLite: GUIDs,
/// dates and times as text, booleans as integers; PostgreSQL: native types).
/// </summary>
public sealed class Database
{
    private readonly NpgsqlDataSource? _postgres;
    private readonly string _sqlite = "";
    private readonly bool _guidsAsBlobs;

    public Database(string provider, string connectionString)
    {
        if (provider.Equals("postgresql", StringComparison.OrdinalIgnoreCase))
        {
            _postgres = NpgsqlDataSource.Create(connectionString);
            return;
        }
        _sqlite = connectionString;
        using var connection = new SqliteConnection(_sqlite);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT typeof(\"Id\") FROM \"OrgOffices\" LIMIT 1";
        _guidsAsBlobs = command.ExecuteScalar() as string == "blob";
    }

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        DbConnection connection = _postgres is not null ? _postgres.CreateConnection() : new SqliteConnection(_sqlite);
        await connection.OpenAsync(ct);
        return connection;
    }

    public static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>A GUID as the provider keeps it: uuid on PostgreSQL, upper-case text (or a blob) on SQLite.</summary>
    public object Key(Guid id) => _postgres is not null ? id : _guidsAsBlobs ? id.ToByteArray() : id.ToString().ToUpperInvariant();

    public static Guid Guid(DbDataReader r, int i) => r.GetValue(i) switch
    {
        Guid g => g,
        byte[] b => new Guid(b),
        var v => System.Guid.Parse((string)v),
    };

    public static Guid? NullableGuid(DbDataReader r, int i) => r.IsDBNull(i) ? null : Guid(r, i);

    public static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static int Int(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    public static bool Bool(DbDataReader r, int i) => Convert.ToBoolean(r.GetValue(i), CultureInfo.InvariantCulture);

    public static string? Date(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetValue(i) switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var v => ((string)v)[..10],
    };

    public static DateTime? Time(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetValue(i) switch
    {
        DateTime d => DateTime.SpecifyKind(d, DateTimeKind.Utc),
        var v => DateTime.SpecifyKind(DateTime.Parse((string)v, CultureInfo.InvariantCulture), DateTimeKind.Utc),
    };

    /// <summary>An enum stored by name or by number, as its name.</summary>
    public static string Enum<T>(DbDataReader r, int i) where T : struct, Enum => r.GetValue(i) switch
    {
        string s when !char.IsDigit(s[0]) => s,
        var v => System.Enum.GetName(typeof(T), Convert.ToInt32(v, CultureInfo.InvariantCulture)) ?? v.ToString()!,
    };
}

public enum CompetenceStatus { Met = 0, ExpiringSoon = 1, Expired = 2, MissingWithinDeadline = 3, Overdue = 4 }

public enum CohortStatus { Planned = 1, EnrolmentOpen = 2, EnrolmentClosed = 3, Running = 4, Completed = 5, Cancelled = 6 }

public enum EnrolmentStatus { Pending = 1, Enrolled = 2, Waitlisted = 3, Withdrawn = 4, Rejected = 5, Completed = 6 }

public enum GatheringFormat { InPerson = 1, Online = 2 }

public enum AssignmentStatus { Submitted = 1, Approved = 2, Returned = 3 }
