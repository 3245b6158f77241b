using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NavLederprogram.EntityFrameworkCore.Data;

namespace NavLederprogram.EntityFrameworkCore;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations and seed on start-up; on by default for the embedded SQLite file only.</summary>
    public bool? MigrateOnStartup { get; set; }
}
