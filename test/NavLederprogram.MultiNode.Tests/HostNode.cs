using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace NavLederprogram.MultiNode.Tests;

/// <summary>One node: the built host started as its own process, with its own port and its own data folder.</summary>
public sealed class HostNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostNode(string name, Uri address, string dataFolder, Process process)
    {
        Name = name;
        Address = address;
        DataFolder = dataFolder;
        _process = process;
    }

    public string Name { get; }
    public Uri Address { get; }
    public string DataFolder { get; }

    public bool IsRunning => !_process.HasExited;

    /// <summary>What the node wrote to its console, for a failing test to show.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the node and waits until it answers /health/ready; settings are configuration keys (App:PublicUrl).</summary>
    public static async Task<HostNode> StartAsync(string name, int port, IReadOnlyDictionary<string, string> settings)
    {
        var dll = Path.Combine(Metadata("HostOutputDirectory"), "NavLederprogram.HttpApi.Host.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"The host is not built: {dll} is missing.");
        var dataFolder = Directory.CreateTempSubdirectory($"navleder-{name}-").FullName;
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            // The content root, as when the host is run from its project: appsettings.json and wwwroot are found there.
            WorkingDirectory = Metadata("HostProjectDirectory"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        start.Environment["App__DataFolder"] = dataFolder;

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var node = new HostNode(name, address, dataFolder, process);
        process.OutputDataReceived += (_, e) => node.Append(e.Data);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await node.WaitUntilReadyAsync();
        return node;
    }

    /// <summary>The node dies at once, as when its machine fails: no shutdown, no goodbye to the cluster.</summary>
    public void Kill()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public HttpClient Client(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = cookies is not null, CookieContainer = cookies ?? new CookieContainer() })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(60),
        };

    private async Task WaitUntilReadyAsync()
    {
        using var client = Client();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"Node {Name} stopped while starting (exit code {_process.ExitCode}):\n{Output}");
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"Node {Name} was not ready within 3 minutes:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static string Metadata(string key) =>
        typeof(HostNode).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return ValueTask.CompletedTask;
    }
}
