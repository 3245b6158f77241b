using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NavLederprogram.EntityFrameworkCore.Data;

namespace NavLederprogram.EntityFrameworkCore;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}
