using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>
/// A collector in the test process: it listens on a free loopback port for OTLP over HTTP (protobuf), as a real collector
/// does, and reads the spans out of each export by the protobuf wire format (opentelemetry/proto/trace/v1/trace.proto).
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly ConcurrentQueue<ReceivedSpan> _spans = new();

    public sealed record ReceivedSpan(string TraceId, string SpanId, string Name, int Kind, string Scope, IReadOnlyDictionary<string, string> Attributes);

    public OtlpReceiver()
    {
        Endpoint = $"http://127.0.0.1:{FreePort()}";
        _listener.Prefixes.Add(Endpoint + "/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Endpoint { get; }

    public IReadOnlyList<ReceivedSpan> Spans => [.. _spans];

    /// <summary>Paths the exporter posted to, e.g. /v1/traces and /v1/metrics.</summary>
    public ConcurrentBag<string> Paths { get; } = [];

    public async Task<IReadOnlyList<ReceivedSpan>> SpansOfTraceAsync(string traceId, Func<IReadOnlyList<ReceivedSpan>, bool> enough, TimeSpan wait)
    {
        using var timeout = new CancellationTokenSource(wait);
        while (!timeout.IsCancellationRequested)
        {
            var spans = Spans.Where(s => s.TraceId == traceId).ToList();
            if (enough(spans)) return spans;
            await Task.Delay(50);
        }
        return Spans.Where(s => s.TraceId == traceId).ToList();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            Paths.Add(context.Request.Url!.AbsolutePath);
            if (context.Request.Url.AbsolutePath == "/v1/traces") ReadTraces(body.ToArray());
            // An empty Export*ServiceResponse: everything accepted.
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }

    // ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1 }
    // ResourceSpans { Resource resource = 1; repeated ScopeSpans scope_spans = 2 }
    // ScopeSpans { InstrumentationScope scope = 1 (name = 1); repeated Span spans = 2 }
    // Span { bytes trace_id = 1; bytes span_id = 2; string name = 5; SpanKind kind = 6; repeated KeyValue attributes = 9 }
    private void ReadTraces(byte[] request)
    {
        foreach (var resourceSpans in Fields(request).Where(f => f.Number == 1).Select(f => f.Payload))
            foreach (var scopeSpans in Fields(resourceSpans).Where(f => f.Number == 2).Select(f => f.Payload))
            {
                var scopeFields = Fields(scopeSpans).ToList();
                var scope = scopeFields.Where(f => f.Number == 1).SelectMany(f => Fields(f.Payload)).Where(f => f.Number == 1)
                    .Select(f => Encoding.UTF8.GetString(f.Payload)).FirstOrDefault() ?? "";
                foreach (var span in scopeFields.Where(f => f.Number == 2).Select(f => Fields(f.Payload).ToList()))
                {
                    var attributes = span.Where(f => f.Number == 9).Select(f => KeyValue(f.Payload)).ToDictionary(a => a.Key, a => a.Value);
                    _spans.Enqueue(new ReceivedSpan(
                        Convert.ToHexStringLower(span.Single(f => f.Number == 1).Payload),
                        Convert.ToHexStringLower(span.Single(f => f.Number == 2).Payload),
                        Encoding.UTF8.GetString(span.Single(f => f.Number == 5).Payload),
                        (int)(span.FirstOrDefault(f => f.Number == 6)?.Value ?? 0),
                        scope,
                        attributes));
                }
            }
    }

    // KeyValue { string key = 1; AnyValue value = 2 }, AnyValue { string string_value = 1; bool = 2; int64 int_value = 3; ... }
    private static (string Key, string Value) KeyValue(byte[] bytes)
    {
        var fields = Fields(bytes).ToList();
        var key = Encoding.UTF8.GetString(fields.Single(f => f.Number == 1).Payload);
        var value = fields.Where(f => f.Number == 2).SelectMany(f => Fields(f.Payload)).FirstOrDefault();
        var text = value switch
        {
            { Number: 1, Bytes: { } utf8 } => Encoding.UTF8.GetString(utf8),
            { Bytes: null } => value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => "",
        };
        return (key, text);
    }

    private sealed record Field(int Number, ulong Value, byte[]? Bytes)
    {
        public byte[] Payload => Bytes ?? throw new InvalidDataException($"Field {Number} is not length-delimited.");
    }

    private static IEnumerable<Field> Fields(byte[] bytes)
    {
        var position = 0;
        while (position < bytes.Length)
        {
            var tag = Varint(bytes, ref position);
            var number = (int)(tag >> 3);
            switch (tag & 7)
            {
                case 0: yield return new Field(number, Varint(bytes, ref position), null); break;
                case 1: yield return new Field(number, BitConverter.ToUInt64(bytes, position), null); position += 8; break;
                case 2:
                    var length = (int)Varint(bytes, ref position);
                    yield return new Field(number, 0, bytes[position..(position + length)]);
                    position += length;
                    break;
                case 5: yield return new Field(number, BitConverter.ToUInt32(bytes, position), null); position += 4; break;
                default: throw new InvalidDataException($"Wire type {tag & 7} is not part of OTLP.");
            }
        }
    }

    private static ulong Varint(byte[] bytes, ref int position)
    {
        ulong result = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[position++];
            result |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80) return result;
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
