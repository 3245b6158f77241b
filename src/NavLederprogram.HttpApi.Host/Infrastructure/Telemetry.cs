using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace NavLederprogram.HttpApi.Host.Infrastructure;

/// <summary>
/// OpenTelemetry traces and metrics over OTLP, switched on by an endpoint: <c>OpenTelemetry:OtlpEndpoint</c> (with
/// <c>OpenTelemetry:OtlpProtocol</c> <c>grpc</c> or <c>http/protobuf</c>) or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.
/// Without one nothing is collected, so a node that exports nowhere pays nothing for it.
/// </summary>
public static class Telemetry
{
    public const string Section = "OpenTelemetry";
    public const string ServiceName = "NavLederprogram";

    /// <summary>Quartz 4 reports each job run as an activity <c>Quartz.Job.Execute</c> and its metrics under this name.</summary>
    public const string QuartzSource = "Quartz";

    public static IServiceCollection AddNavLederprogramTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration[$"{Section}:OtlpEndpoint"];
        var standardEndpoint = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint) && string.IsNullOrWhiteSpace(standardEndpoint)) return services;

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource(QuartzSource))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(QuartzSource, "Microsoft.EntityFrameworkCore", "Npgsql"));
        if (string.IsNullOrWhiteSpace(endpoint))
            telemetry.UseOtlpExporter();
        else
            telemetry.UseOtlpExporter(Protocol(configuration[$"{Section}:OtlpProtocol"]), new Uri(endpoint));
        return services;
    }

    private static OtlpExportProtocol Protocol(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" or "http" => OtlpExportProtocol.HttpProtobuf,
        _ => throw new InvalidOperationException($"{Section}:OtlpProtocol must be 'grpc' or 'http/protobuf', not '{name}'."),
    };
}
