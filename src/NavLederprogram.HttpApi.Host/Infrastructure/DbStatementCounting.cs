using NavLederprogram.EntityFrameworkCore.Data;
using Serilog;

namespace NavLederprogram.HttpApi.Host.Infrastructure;

/// <summary>
/// Counts the SQL statements of every request: the request log line carries them as <c>DbStatements</c>, and with
/// <c>App:ExposeStatementCount</c> the answer carries them in <see cref="Header"/>, so that tests can bound what a read costs.
/// The header is off in production: it tells an outsider something about how a request is served.
/// </summary>
public static class DbStatementCounting
{
    public const string Header = "X-Db-Statements";
    public const string LogProperty = "DbStatements";

    /// <summary>First in the pipeline, so that the count covers everything the request runs, error handling included.</summary>
    public static IApplicationBuilder UseDbStatementCounting(this IApplicationBuilder app, bool exposeCount) =>
        app.Use(async (context, next) =>
        {
            var counter = DbStatementCounter.Begin();
            context.Features.Set(counter);
            if (exposeCount)
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[Header] = counter.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return Task.CompletedTask;
                });
            await next(context);
        });

    /// <summary>For the request log: the statements of the whole request, including those after the answer began.</summary>
    public static void Enrich(IDiagnosticContext log, HttpContext context)
    {
        if (context.Features.Get<DbStatementCounter>() is { } counter) log.Set(LogProperty, counter.Count);
    }
}
