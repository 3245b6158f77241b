using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>A Serilog sink a test registers in the host's services: the host's logger writes to it beside the console.</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public IReadOnlyList<LogEvent> Events => [.. _events];

    /// <summary>The one line the request-logging middleware writes when a request completes.</summary>
    public IReadOnlyList<LogEvent> RequestLines(string path) =>
        Events.Where(e => Text(e, "SourceContext") == "Serilog.AspNetCore.RequestLoggingMiddleware" && Text(e, "RequestPath") == path).ToList();

    public static string? Text(LogEvent e, string property) =>
        e.Properties.TryGetValue(property, out var value) && value is ScalarValue { Value: var v } ? v?.ToString() : null;
}
