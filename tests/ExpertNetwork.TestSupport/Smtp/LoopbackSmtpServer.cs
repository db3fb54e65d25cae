using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace ExpertNetwork.TestSupport.Smtp;

/// <summary>A message the loopback server accepted (or, for a dropped connection, read before dropping it).</summary>
public sealed record ReceivedMail(string EnvelopeFrom, IReadOnlyList<string> Recipients, MimeMessage Message);

/// <summary>
/// A small SMTP server on 127.0.0.1 for tests: EHLO/HELO, MAIL, RCPT, DATA (dot-unstuffed, parsed with MimeKit), RSET,
/// NOOP and QUIT. It can refuse given recipients with a chosen reply (4xx or 5xx), be taken down and brought back on
/// the same port, and drop the connection at a given recipient (before any data) or right after a message's data
/// instead of replying to it. It counts the connections it accepted.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private const int MaxLineLength = 64 * 1024;

    private readonly ConcurrentQueue<ReceivedMail> _received = new();
    private readonly ConcurrentQueue<ReceivedMail> _dropped = new();
    private readonly ConcurrentDictionary<string, string> _refusals = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> _dropAfterData = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> _dropAtRecipient = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<Task, bool> _sessions = new();
    private readonly Lock _gate = new();
    private TcpListener? _listener;
    private CancellationTokenSource? _stopping;
    private Task? _accepting;
    private int _connections;

    private LoopbackSmtpServer()
    {
    }

    public int Port { get; private set; }

    public string Host => IPAddress.Loopback.ToString();

    public bool IsListening
    {
        get
        {
            lock (_gate)
                return _listener is not null;
        }
    }

    /// <summary>How many connections the server has accepted.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Accepted messages, in the order their data completed.</summary>
    public IReadOnlyList<ReceivedMail> Received => [.. _received];

    /// <summary>Messages whose data was read but whose connection was then dropped without a reply.</summary>
    public IReadOnlyList<ReceivedMail> DroppedAfterData => [.. _dropped];

    /// <summary>Starts on a free port.</summary>
    public static LoopbackSmtpServer Start()
    {
        var server = new LoopbackSmtpServer();
        server.Listen(0);
        return server;
    }

    /// <summary>Answers RCPT TO for this address with the given reply, e.g. "550 5.1.1 No such user" or "451 4.3.0 Try later".</summary>
    public void Refuse(string recipient, string reply) => _refusals[recipient] = reply;

    /// <summary>Accepts the recipient again.</summary>
    public void Accept(string recipient) => _refusals.TryRemove(recipient, out _);

    /// <summary>After the data of a message to this recipient, closes the connection instead of replying.</summary>
    public void DropConnectionAfterDataFor(string recipient) => _dropAfterData[recipient] = true;

    /// <summary>Closes the connection, without a reply, when a message is addressed to this recipient (before its data).</summary>
    public void DropConnectionAtRecipient(string recipient) => _dropAtRecipient[recipient] = true;

    /// <summary>Stops listening (new connections are refused) and closes open sessions; the port is kept for <see cref="Resume"/>.</summary>
    public async Task GoDownAsync()
    {
        Task? accepting;
        lock (_gate)
        {
            _stopping?.Cancel();
            _listener?.Stop();
            _listener = null;
            accepting = _accepting;
        }
        if (accepting is not null)
            await accepting.ConfigureAwait(false);
        await Task.WhenAll(_sessions.Keys).ConfigureAwait(false);
    }

    /// <summary>Listens again on the same port.</summary>
    public void Resume() => Listen(Port);

    public async ValueTask DisposeAsync()
    {
        await GoDownAsync().ConfigureAwait(false);
        lock (_gate)
            _stopping?.Dispose();
    }

    private void Listen(int port)
    {
        lock (_gate)
        {
            if (_listener is not null)
                return;
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
            _stopping?.Dispose();
            _stopping = new CancellationTokenSource();
            _listener = listener;
            _accepting = AcceptAsync(listener, _stopping.Token);
        }
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            client.NoDelay = true;
            Interlocked.Increment(ref _connections);
            var session = Task.Run(() => ServeAsync(client, stopping), CancellationToken.None);
            _sessions[session] = true;
            _ = session.ContinueWith(t => _sessions.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken stopping)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var reader = new LineReader(stream);
                await ReplyAsync(stream, "220 loopback ESMTP test server", stopping).ConfigureAwait(false);
                string? from = null;
                var recipients = new List<string>();
                while (!stopping.IsCancellationRequested)
                {
                    var line = await reader.ReadLineAsync(stopping).ConfigureAwait(false);
                    if (line is null)
                        return;
                    var text = Encoding.ASCII.GetString(line);
                    var verb = (text.Length >= 4 ? text[..4] : text).ToUpperInvariant();
                    switch (verb)
                    {
                        case "EHLO":
                            await ReplyAsync(stream, "250-loopback greets you\r\n250-8BITMIME\r\n250 HELP", stopping).ConfigureAwait(false);
                            break;
                        case "HELO":
                            await ReplyAsync(stream, "250 loopback", stopping).ConfigureAwait(false);
                            break;
                        case "MAIL":
                            from = Address(text);
                            recipients.Clear();
                            await ReplyAsync(stream, "250 2.1.0 Sender OK", stopping).ConfigureAwait(false);
                            break;
                        case "RCPT":
                            var recipient = Address(text);
                            if (from is null)
                            {
                                await ReplyAsync(stream, "503 5.5.1 MAIL first", stopping).ConfigureAwait(false);
                            }
                            else if (_dropAtRecipient.ContainsKey(recipient))
                            {
                                client.Client.LingerState = new LingerOption(true, 0);
                                return;
                            }
                            else if (_refusals.TryGetValue(recipient, out var refusal))
                            {
                                await ReplyAsync(stream, refusal, stopping).ConfigureAwait(false);
                            }
                            else
                            {
                                recipients.Add(recipient);
                                await ReplyAsync(stream, "250 2.1.5 Recipient OK", stopping).ConfigureAwait(false);
                            }
                            break;
                        case "DATA":
                            if (from is null || recipients.Count == 0)
                            {
                                await ReplyAsync(stream, "503 5.5.1 No valid recipients", stopping).ConfigureAwait(false);
                                break;
                            }
                            await ReplyAsync(stream, "354 End data with <CR><LF>.<CR><LF>", stopping).ConfigureAwait(false);
                            var data = await ReadDataAsync(reader, stopping).ConfigureAwait(false);
                            if (data is null)
                                return;
                            var mail = new ReceivedMail(from, [.. recipients], await MimeMessage.LoadAsync(new MemoryStream(data), stopping).ConfigureAwait(false));
                            from = null;
                            recipients.Clear();
                            if (mail.Recipients.Any(_dropAfterData.ContainsKey))
                            {
                                _dropped.Enqueue(mail);
                                client.Client.LingerState = new LingerOption(true, 0);
                                return;
                            }
                            _received.Enqueue(mail);
                            await ReplyAsync(stream, "250 2.0.0 Queued", stopping).ConfigureAwait(false);
                            break;
                        case "RSET":
                            from = null;
                            recipients.Clear();
                            await ReplyAsync(stream, "250 2.0.0 OK", stopping).ConfigureAwait(false);
                            break;
                        case "NOOP":
                            await ReplyAsync(stream, "250 2.0.0 OK", stopping).ConfigureAwait(false);
                            break;
                        case "QUIT":
                            await ReplyAsync(stream, "221 2.0.0 Bye", stopping).ConfigureAwait(false);
                            return;
                        default:
                            await ReplyAsync(stream, "502 5.5.2 Command not implemented", stopping).ConfigureAwait(false);
                            break;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away or the server is going down.
            }
        }
    }

    /// <summary>Reads the message up to the lone dot, removing the dot stuffing; null when the client disconnects first.</summary>
    private static async Task<byte[]?> ReadDataAsync(LineReader reader, CancellationToken cancellationToken)
    {
        using var data = new MemoryStream();
        while (true)
        {
            var line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
                return null;
            if (line is [(byte)'.'])
                return data.ToArray();
            var start = line is [(byte)'.', ..] ? 1 : 0;
            data.Write(line, start, line.Length - start);
            data.Write("\r\n"u8);
        }
    }

    private static string Address(string command)
    {
        var open = command.IndexOf('<', StringComparison.Ordinal);
        var close = command.IndexOf('>', StringComparison.Ordinal);
        return open >= 0 && close > open ? command[(open + 1)..close] : command[(command.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    private static Task ReplyAsync(NetworkStream stream, string reply, CancellationToken cancellationToken) =>
        stream.WriteAsync(Encoding.ASCII.GetBytes(reply + "\r\n"), cancellationToken).AsTask();

    /// <summary>Reads CRLF-terminated lines as bytes (message data may be 8-bit).</summary>
    private sealed class LineReader(Stream stream)
    {
        private readonly byte[] _buffer = new byte[16 * 1024];
        private int _start;
        private int _end;

        public async Task<byte[]?> ReadLineAsync(CancellationToken cancellationToken)
        {
            using var line = new MemoryStream();
            while (true)
            {
                if (_start == _end)
                {
                    _start = 0;
                    _end = await stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
                    if (_end == 0)
                        return null;
                }
                var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
                if (newline < 0)
                {
                    line.Write(_buffer, _start, _end - _start);
                    _start = _end;
                    if (line.Length > MaxLineLength)
                        throw new IOException("Line too long.");
                    continue;
                }
                line.Write(_buffer, _start, newline - _start);
                _start = newline + 1;
                var bytes = line.ToArray();
                return bytes is [.., (byte)'\r'] ? bytes[..^1] : bytes;
            }
        }
    }
}
