namespace NavLederprogram.EntityFrameworkCore.Data;

/// <summary>
/// The number of SQL commands sent to the database within one request (or any other flow that begins a count), so that
/// what a request costs in round trips can be logged and checked. It flows with the execution context, so it needs no
/// scoped service and works with a pooled DbContext, whose interceptors are shared by every request.
/// </summary>
public sealed class DbStatementCounter
{
    private static readonly AsyncLocal<DbStatementCounter?> CurrentCounter = new();
    private int _count;

    private DbStatementCounter() { }

    /// <summary>The count of the current flow; null outside one (start-up, jobs).</summary>
    public static DbStatementCounter? Current => CurrentCounter.Value;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Starts a count for the calling flow and everything it awaits.</summary>
    public static DbStatementCounter Begin() => CurrentCounter.Value = new DbStatementCounter();

    internal void Increment() => Interlocked.Increment(ref _count);
}
