using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace ExpertNetwork.Infrastructure.Email;

/// <summary>
/// Sends through an SMTP server with MailKit, one connection per dispatch batch. Failures are classified for the
/// outbox: a reply of 5xx (or an address MailKit cannot use) is permanent; 4xx and anything that goes wrong before the
/// message data went out is transient; a lost connection after all the data (and its terminating dot) was written,
/// before the server's reply, is ambiguous: the server may have accepted the message.
/// </summary>
public sealed class SmtpMailTransport(SmtpOptions options) : IMailTransport
{
    public Task<IMailTransportSession> OpenSessionAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IMailTransportSession>(new Session(options));

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };

    private sealed class Session(SmtpOptions options) : IMailTransportSession
    {
        private readonly SmtpClient _client = new() { Timeout = (int)options.Timeout.TotalMilliseconds };

        // Once the server could not be reached, the rest of the batch fails the same way without hammering it.
        private string? _unreachable;

        public async Task<MailDeliveryResult> SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(message);
            if (_unreachable is not null)
                return MailDeliveryResult.Transient(_unreachable);
            if (!_client.IsConnected)
            {
                var connected = await ConnectAsync(cancellationToken);
                if (connected is not null)
                    return connected;
            }

            var progress = new DataProgress();
            try
            {
                await _client.SendAsync(message, cancellationToken, progress);
                return MailDeliveryResult.Sent;
            }
            catch (SmtpCommandException ex)
            {
                await RecoverAsync(cancellationToken);
                var code = (int)ex.StatusCode;
                var text = $"{code} {ex.Message}".Trim();
                return code >= 500 ? MailDeliveryResult.Permanent(text) : MailDeliveryResult.Transient(text);
            }
            catch (ParseException ex)
            {
                return MailDeliveryResult.Permanent($"Invalid address or message: {ex.Message}");
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await DisconnectQuietlyAsync();
                if (progress.AllDataWritten)
                    return MailDeliveryResult.Ambiguous("Cancelled after the message data was sent, before the server replied.");
                throw;
            }
            catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or ServiceNotConnectedException
                                           or TimeoutException or OperationCanceledException)
            {
                await DisconnectQuietlyAsync();
                return progress.AllDataWritten
                    ? MailDeliveryResult.Ambiguous($"The connection was lost after the message data was sent, before the server replied: {ex.Message}")
                    : MailDeliveryResult.Transient($"The connection failed before the message was sent: {ex.Message}");
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_client.IsConnected)
            {
                try
                {
                    using var quit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                    await _client.DisconnectAsync(quit: true, quit.Token);
                }
                catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or ServiceNotConnectedException or OperationCanceledException)
                {
                    // The messages are already recorded; a failed QUIT changes nothing.
                }
            }
            _client.Dispose();
        }

        private async Task<MailDeliveryResult?> ConnectAsync(CancellationToken cancellationToken)
        {
            try
            {
                var host = options.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set.");
                // Nagle's algorithm would hold back each short command behind the server's delayed ACK (about 40 ms a
                // message); SMTP is a conversation of small writes, so the socket sends them at once.
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    connectTimeout.CancelAfter(options.Timeout);
                    await socket.ConnectAsync(host, options.Port, connectTimeout.Token);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
                await _client.ConnectAsync(socket, host, options.Port, SocketOptions(options.Security), cancellationToken);
                if (!string.IsNullOrEmpty(options.Username))
                    await _client.AuthenticateAsync(options.Username, options.Password ?? string.Empty, cancellationToken);
                return null;
            }
            catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or SmtpCommandException
                                           or AuthenticationException or SslHandshakeException or TimeoutException or NotSupportedException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                await DisconnectQuietlyAsync();
                _unreachable = string.Create(CultureInfo.InvariantCulture, $"SMTP server {options.Host}:{options.Port} could not be used: {ex.Message}");
                return MailDeliveryResult.Transient(_unreachable);
            }
        }

        // MailKit resets the transaction after a refused command; if the connection did not survive it, reconnect next time.
        private async Task RecoverAsync(CancellationToken cancellationToken)
        {
            if (!_client.IsConnected)
                return;
            try
            {
                await _client.NoOpAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or SmtpCommandException or ServiceNotConnectedException)
            {
                await DisconnectQuietlyAsync();
            }
        }

        private async Task DisconnectQuietlyAsync()
        {
            try
            {
                if (_client.IsConnected)
                    await _client.DisconnectAsync(quit: false, CancellationToken.None);
            }
            catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or ServiceNotConnectedException)
            {
                // Already gone.
            }
        }
    }

    /// <summary>Tells whether every byte of the message data was written, i.e. whether the server may have the message.</summary>
    private sealed class DataProgress : ITransferProgress
    {
        private long _written;
        private long _total = -1;

        public bool AllDataWritten => Interlocked.Read(ref _written) > 0 && (_total <= 0 || Interlocked.Read(ref _written) >= _total);

        public void Report(long bytesTransferred, long totalSize)
        {
            Interlocked.Exchange(ref _total, totalSize);
            Interlocked.Exchange(ref _written, bytesTransferred);
        }

        public void Report(long bytesTransferred) => Interlocked.Exchange(ref _written, bytesTransferred);
    }
}
