IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [ApiKeys] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Role] nvarchar(40) NOT NULL,
        [Prefix] nvarchar(12) NOT NULL,
        [KeyHash] nvarchar(64) NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [RevokedUtc] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_ApiKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [DisplayName] nvarchar(max) NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [AuditChainHeads] (
        [Id] int NOT NULL,
        [LastSequence] bigint NOT NULL,
        [LastHash] nvarchar(64) NOT NULL,
        [LockCounter] bigint NOT NULL,
        CONSTRAINT [PK_AuditChainHeads] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [AuditEvents] (
        [Sequence] bigint NOT NULL,
        [OccurredUtc] datetime2 NOT NULL,
        [ActorKind] nvarchar(40) NOT NULL,
        [ActorId] nvarchar(256) NOT NULL,
        [ActorName] nvarchar(256) NOT NULL,
        [Action] nvarchar(200) NOT NULL,
        [EntityType] nvarchar(100) NOT NULL,
        [EntityId] nvarchar(100) NOT NULL,
        [Before] nvarchar(max) NULL,
        [After] nvarchar(max) NULL,
        [PreviousHash] nvarchar(64) NOT NULL,
        [Hash] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_AuditEvents] PRIMARY KEY ([Sequence])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [Clients] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [LegalName] nvarchar(200) NOT NULL,
        [BillingEmail] nvarchar(254) NOT NULL,
        [BillingAddress] nvarchar(1000) NOT NULL,
        [CountryCode] nvarchar(2) NOT NULL,
        [VatNumber] nvarchar(40) NULL,
        [VatRate] bigint NOT NULL,
        [ReverseCharge] bit NOT NULL,
        [Currency] nvarchar(3) NOT NULL,
        [RequiresClientNda] bit NOT NULL,
        [RestrictedCompanies] nvarchar(max) NOT NULL,
        [IsArchived] bit NOT NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Clients] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [Experts] (
        [Id] uniqueidentifier NOT NULL,
        [FullName] nvarchar(200) NOT NULL,
        [Email] nvarchar(254) NOT NULL,
        [Phone] nvarchar(40) NULL,
        [CountryCode] nvarchar(2) NOT NULL,
        [TimeZoneId] nvarchar(64) NOT NULL,
        [YearsOfExperience] int NOT NULL,
        [Headline] nvarchar(200) NULL,
        [Notes] nvarchar(2000) NULL,
        [WeeklyCapacityHours] bigint NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [StatusBeforeSuspension] nvarchar(40) NULL,
        [StatusReason] nvarchar(1000) NULL,
        [StatusChangedUtc] datetime2 NOT NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Experts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [NumberSeries] (
        [Id] uniqueidentifier NOT NULL,
        [Key] nvarchar(40) NOT NULL,
        [Prefix] nvarchar(8) NOT NULL,
        [Year] int NOT NULL,
        [LastNumber] bigint NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_NumberSeries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [Specialties] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Slug] nvarchar(40) NOT NULL,
        [ParentId] uniqueidentifier NULL,
        [Path] nvarchar(500) NOT NULL,
        [Depth] int NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Specialties] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Specialties_Specialties_ParentId] FOREIGN KEY ([ParentId]) REFERENCES [Specialties] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [NdaTemplates] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Scope] nvarchar(40) NOT NULL,
        [ClientId] uniqueidentifier NULL,
        [VersionNumber] int NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [BodySha256] nvarchar(64) NOT NULL,
        [ValidityMonths] int NOT NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [RetiredUtc] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_NdaTemplates] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_NdaTemplates_Clients_ClientId] FOREIGN KEY ([ClientId]) REFERENCES [Clients] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [Credentials] (
        [Id] uniqueidentifier NOT NULL,
        [ExpertId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Issuer] nvarchar(200) NOT NULL,
        [Number] nvarchar(100) NOT NULL,
        [Jurisdiction] nvarchar(100) NOT NULL,
        [IssuedOn] date NOT NULL,
        [ExpiresOn] date NULL,
        [Status] nvarchar(40) NOT NULL,
        [ReviewedBy] nvarchar(256) NULL,
        [ReviewedUtc] datetime2 NULL,
        [RejectionReason] nvarchar(1000) NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [EvidenceFileName] nvarchar(200) NULL,
        [EvidenceContentType] nvarchar(100) NULL,
        [EvidenceSizeBytes] bigint NULL,
        [EvidenceSha256] nvarchar(64) NULL,
        [EvidenceStorageKey] nvarchar(100) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Credentials] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Credentials_Experts_ExpertId] FOREIGN KEY ([ExpertId]) REFERENCES [Experts] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [ExpertBlackouts] (
        [Id] uniqueidentifier NOT NULL,
        [ExpertId] uniqueidentifier NOT NULL,
        [Reason] nvarchar(100) NULL,
        [Days_End] date NULL,
        [Days_Start] date NOT NULL,
        CONSTRAINT [PK_ExpertBlackouts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ExpertBlackouts_Experts_ExpertId] FOREIGN KEY ([ExpertId]) REFERENCES [Experts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [ExpertLanguages] (
        [ExpertId] uniqueidentifier NOT NULL,
        [Code] nvarchar(8) NOT NULL,
        CONSTRAINT [PK_ExpertLanguages] PRIMARY KEY ([ExpertId], [Code]),
        CONSTRAINT [FK_ExpertLanguages_Experts_ExpertId] FOREIGN KEY ([ExpertId]) REFERENCES [Experts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [ExpertRates] (
        [Id] uniqueidentifier NOT NULL,
        [ExpertId] uniqueidentifier NOT NULL,
        [Activity] nvarchar(40) NOT NULL,
        [Effective_End] date NULL,
        [Effective_Start] date NOT NULL,
        [HourlyRate_Amount] bigint NOT NULL,
        [HourlyRate_Currency] nvarchar(3) NOT NULL,
        CONSTRAINT [PK_ExpertRates] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ExpertRates_Experts_ExpertId] FOREIGN KEY ([ExpertId]) REFERENCES [Experts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [PayoutStatements] (
        [Id] uniqueidentifier NOT NULL,
        [ExpertId] uniqueidentifier NOT NULL,
        [Period_End] date NULL,
        [Period_Start] date NOT NULL,
        [Version] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Currency] nvarchar(3) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Number] nvarchar(40) NULL,
        [SeriesKey] nvarchar(40) NULL,
        [SequenceNumber] bigint NULL,
        [Subtotal] bigint NOT NULL,
        [TaxRate] bigint NOT NULL,
        [TaxAmount] bigint NOT NULL,
        [Total] bigint NOT NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [IssuedUtc] datetime2 NULL,
        [IssueDate] date NULL,
        [DueDate] date NULL,
        [PaidOn] date NULL,
        [PaymentReference] nvarchar(100) NULL,
        [VoidedUtc] datetime2 NULL,
        [VoidReason] nvarchar(1000) NULL,
        [CreditNoteId] uniqueidentifier NULL,
        [CreditedDocumentId] uniqueidentifier NULL,
        [PdfSha256] nvarchar(64) NULL,
        [PdfStorageKey] nvarchar(100) NULL,
        CONSTRAINT [PK_PayoutStatements] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PayoutStatements_Experts_ExpertId] FOREIGN KEY ([ExpertId]) REFERENCES [Experts] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [ExpertSpecialties] (
        [ExpertId] uniqueidentifier NOT NULL,
        [SpecialtyId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ExpertSpecialties] PRIMARY KEY ([ExpertId], [SpecialtyId]),
        CONSTRAINT [FK_ExpertSpecialties_Experts_ExpertId] FOREIGN KEY ([ExpertId]) REFERENCES [Experts] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ExpertSpecialties_Specialties_SpecialtyId] FOREIGN KEY ([SpecialtyId]) REFERENCES [Specialties] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [Projects] (
        [Id] uniqueidentifier NOT NULL,
        [ClientId] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Code] nvarchar(40) NOT NULL,
        [DomainSpecialtyId] uniqueidentifier NULL,
        [Description] nvarchar(max) NOT NULL,
        [ExpertBrief] nvarchar(max) NOT NULL,
        [Confidentiality] nvarchar(40) NOT NULL,
        [RequiredNdaScope] nvarchar(40) NOT NULL,
        [RequiresConflictDeclaration] bit NOT NULL,
        [TimeZoneId] nvarchar(64) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [StatusReason] nvarchar(1000) NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [Budget_Amount] bigint NOT NULL,
        [Budget_Currency] nvarchar(3) NOT NULL,
        [Window_End] date NULL,
        [Window_Start] date NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Projects] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Projects_Clients_ClientId] FOREIGN KEY ([ClientId]) REFERENCES [Clients] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Projects_Specialties_DomainSpecialtyId] FOREIGN KEY ([DomainSpecialtyId]) REFERENCES [Specialties] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [NdaAgreements] (
        [Id] uniqueidentifier NOT NULL,
        [ExpertId] uniqueidentifier NOT NULL,
        [NdaTemplateId] uniqueidentifier NOT NULL,
        [TemplateVersion] int NOT NULL,
        [Scope] nvarchar(40) NOT NULL,
        [ClientId] uniqueidentifier NULL,
        [Status] nvarchar(40) NOT NULL,
        [SentUtc] datetime2 NOT NULL,
        [SignByUtc] datetime2 NOT NULL,
        [ValidityMonths] int NOT NULL,
        [ExpiresOn] date NULL,
        [SignerName] nvarchar(200) NULL,
        [ConsentGiven] bit NOT NULL,
        [SignedUtc] datetime2 NULL,
        [SignerIp] nvarchar(45) NULL,
        [SignerUserAgent] nvarchar(512) NULL,
        [DocumentSha256] nvarchar(64) NULL,
        [ClosedUtc] datetime2 NULL,
        [ClosedReason] nvarchar(1000) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_NdaAgreements] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_NdaAgreements_Clients_ClientId] FOREIGN KEY ([ClientId]) REFERENCES [Clients] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_NdaAgreements_Experts_ExpertId] FOREIGN KEY ([ExpertId]) REFERENCES [Experts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_NdaAgreements_NdaTemplates_NdaTemplateId] FOREIGN KEY ([NdaTemplateId]) REFERENCES [NdaTemplates] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [PayoutStatementLines] (
        [Id] uniqueidentifier NOT NULL,
        [Description] nvarchar(200) NOT NULL,
        [ExpertId] uniqueidentifier NULL,
        [Activity] nvarchar(40) NOT NULL,
        [Hours] bigint NOT NULL,
        [UnitPrice] bigint NOT NULL,
        [Amount] bigint NOT NULL,
        [DocumentId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_PayoutStatementLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PayoutStatementLines_PayoutStatements_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [PayoutStatements] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [Invoices] (
        [Id] uniqueidentifier NOT NULL,
        [ClientId] uniqueidentifier NOT NULL,
        [ProjectId] uniqueidentifier NOT NULL,
        [ReverseCharge] bit NOT NULL,
        [PseudonymousExperts] bit NOT NULL,
        [Period_End] date NULL,
        [Period_Start] date NOT NULL,
        [Version] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Currency] nvarchar(3) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Number] nvarchar(40) NULL,
        [SeriesKey] nvarchar(40) NULL,
        [SequenceNumber] bigint NULL,
        [Subtotal] bigint NOT NULL,
        [TaxRate] bigint NOT NULL,
        [TaxAmount] bigint NOT NULL,
        [Total] bigint NOT NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [IssuedUtc] datetime2 NULL,
        [IssueDate] date NULL,
        [DueDate] date NULL,
        [PaidOn] date NULL,
        [PaymentReference] nvarchar(100) NULL,
        [VoidedUtc] datetime2 NULL,
        [VoidReason] nvarchar(1000) NULL,
        [CreditNoteId] uniqueidentifier NULL,
        [CreditedDocumentId] uniqueidentifier NULL,
        [PdfSha256] nvarchar(64) NULL,
        [PdfStorageKey] nvarchar(100) NULL,
        CONSTRAINT [PK_Invoices] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Invoices_Clients_ClientId] FOREIGN KEY ([ClientId]) REFERENCES [Clients] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Invoices_Projects_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [Projects] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [PriceListEntries] (
        [Id] uniqueidentifier NOT NULL,
        [ProjectId] uniqueidentifier NOT NULL,
        [Tier] nvarchar(40) NOT NULL,
        [Activity] nvarchar(40) NOT NULL,
        [Effective_End] date NULL,
        [Effective_Start] date NOT NULL,
        [HourlyRate_Amount] bigint NOT NULL,
        [HourlyRate_Currency] nvarchar(3) NOT NULL,
        CONSTRAINT [PK_PriceListEntries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PriceListEntries_Projects_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [Projects] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [Sprints] (
        [Id] uniqueidentifier NOT NULL,
        [ProjectId] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [StartDate] date NOT NULL,
        [StartTime] time NOT NULL,
        [EndDate] date NOT NULL,
        [EndTime] time NOT NULL,
        [TimeZoneId] nvarchar(64) NOT NULL,
        [StartUtc] datetime2 NOT NULL,
        [EndUtc] datetime2 NOT NULL,
        [TargetHours] bigint NOT NULL,
        [GuidelinesUrl] nvarchar(2000) NULL,
        [Status] nvarchar(40) NOT NULL,
        [Sequence] int NOT NULL,
        [CancelReason] nvarchar(1000) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Sprints] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Sprints_Projects_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [Projects] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [StaffingRequests] (
        [Id] uniqueidentifier NOT NULL,
        [ProjectId] uniqueidentifier NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [SpecialtyId] uniqueidentifier NOT NULL,
        [SubspecialtyIds] nvarchar(max) NOT NULL,
        [RequiredCredentialKinds] nvarchar(max) NOT NULL,
        [Languages] nvarchar(max) NOT NULL,
        [Activity] nvarchar(40) NOT NULL,
        [SeatsNeeded] int NOT NULL,
        [SeatsFilled] int NOT NULL,
        [HoursPerWeek] bigint NOT NULL,
        [OfferResponseHours] int NOT NULL,
        [AutoBackfill] bit NOT NULL,
        [WaveSize] int NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [OpenedUtc] datetime2 NOT NULL,
        [FilledUtc] datetime2 NULL,
        [ClosedUtc] datetime2 NULL,
        [CloseReason] nvarchar(1000) NULL,
        [MaxHourlyPayRate_Amount] bigint NOT NULL,
        [MaxHourlyPayRate_Currency] nvarchar(3) NOT NULL,
        [Window_End] date NULL,
        [Window_Start] date NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_StaffingRequests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StaffingRequests_Projects_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [Projects] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StaffingRequests_Specialties_SpecialtyId] FOREIGN KEY ([SpecialtyId]) REFERENCES [Specialties] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [InvoiceLines] (
        [Id] uniqueidentifier NOT NULL,
        [Description] nvarchar(200) NOT NULL,
        [ExpertId] uniqueidentifier NULL,
        [Activity] nvarchar(40) NOT NULL,
        [Hours] bigint NOT NULL,
        [UnitPrice] bigint NOT NULL,
        [Amount] bigint NOT NULL,
        [DocumentId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_InvoiceLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_InvoiceLines_Invoices_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Invoices] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [Engagements] (
        [Id] uniqueidentifier NOT NULL,
        [ExpertId] uniqueidentifier NOT NULL,
        [StaffingRequestId] uniqueidentifier NOT NULL,
        [ProjectId] uniqueidentifier NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Activity] nvarchar(40) NOT NULL,
        [HoursPerWeek] bigint NOT NULL,
        [HoursCap] bigint NOT NULL,
        [MatchRank] int NULL,
        [ProposedUtc] datetime2 NOT NULL,
        [OfferedUtc] datetime2 NULL,
        [OfferExpiresUtc] datetime2 NULL,
        [DecidedUtc] datetime2 NULL,
        [DeclineReason] nvarchar(1000) NULL,
        [AcceptedByName] nvarchar(200) NULL,
        [AcceptanceIp] nvarchar(45) NULL,
        [AcceptanceUserAgent] nvarchar(512) NULL,
        [ContractSha256] nvarchar(64) NULL,
        [ActivatedUtc] datetime2 NULL,
        [EndedUtc] datetime2 NULL,
        [EndReason] nvarchar(1000) NULL,
        [Window_End] date NULL,
        [Window_Start] date NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Engagements] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Engagements_Experts_ExpertId] FOREIGN KEY ([ExpertId]) REFERENCES [Experts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Engagements_Projects_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [Projects] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Engagements_StaffingRequests_StaffingRequestId] FOREIGN KEY ([StaffingRequestId]) REFERENCES [StaffingRequests] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [ConflictDeclarations] (
        [Id] uniqueidentifier NOT NULL,
        [EngagementId] uniqueidentifier NOT NULL,
        [ExpertId] uniqueidentifier NOT NULL,
        [Employers] nvarchar(max) NOT NULL,
        [OtherInterests] nvarchar(2000) NULL,
        [MatchedRestrictedCompanies] nvarchar(max) NOT NULL,
        [DeclaredUtc] datetime2 NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_ConflictDeclarations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ConflictDeclarations_Engagements_EngagementId] FOREIGN KEY ([EngagementId]) REFERENCES [Engagements] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [EngagementRates] (
        [EngagementId] uniqueidentifier NOT NULL,
        [Activity] nvarchar(40) NOT NULL,
        [HourlyRate_Amount] bigint NOT NULL,
        [HourlyRate_Currency] nvarchar(3) NOT NULL,
        CONSTRAINT [PK_EngagementRates] PRIMARY KEY ([EngagementId], [Activity]),
        CONSTRAINT [FK_EngagementRates_Engagements_EngagementId] FOREIGN KEY ([EngagementId]) REFERENCES [Engagements] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [SprintParticipants] (
        [SprintId] uniqueidentifier NOT NULL,
        [EngagementId] uniqueidentifier NOT NULL,
        [ExpertId] uniqueidentifier NOT NULL,
        [CommittedHours] bigint NOT NULL,
        CONSTRAINT [PK_SprintParticipants] PRIMARY KEY ([SprintId], [EngagementId]),
        CONSTRAINT [FK_SprintParticipants_Engagements_EngagementId] FOREIGN KEY ([EngagementId]) REFERENCES [Engagements] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SprintParticipants_Sprints_SprintId] FOREIGN KEY ([SprintId]) REFERENCES [Sprints] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE TABLE [TimeEntries] (
        [Id] uniqueidentifier NOT NULL,
        [EngagementId] uniqueidentifier NOT NULL,
        [ExpertId] uniqueidentifier NOT NULL,
        [ProjectId] uniqueidentifier NOT NULL,
        [SprintId] uniqueidentifier NULL,
        [WorkDate] date NOT NULL,
        [Activity] nvarchar(40) NOT NULL,
        [Hours] bigint NOT NULL,
        [Note] nvarchar(2000) NULL,
        [Status] nvarchar(40) NOT NULL,
        [SubmittedUtc] datetime2 NOT NULL,
        [ReviewedBy] nvarchar(256) NULL,
        [ReviewedUtc] datetime2 NULL,
        [RejectionReason] nvarchar(1000) NULL,
        [InvoiceId] uniqueidentifier NULL,
        [PayoutStatementId] uniqueidentifier NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_TimeEntries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TimeEntries_Engagements_EngagementId] FOREIGN KEY ([EngagementId]) REFERENCES [Engagements] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_TimeEntries_Sprints_SprintId] FOREIGN KEY ([SprintId]) REFERENCES [Sprints] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'LastHash', N'LastSequence', N'LockCounter') AND [object_id] = OBJECT_ID(N'[AuditChainHeads]'))
        SET IDENTITY_INSERT [AuditChainHeads] ON;
    EXEC(N'INSERT INTO [AuditChainHeads] ([Id], [LastHash], [LastSequence], [LockCounter])
    VALUES (1, N''0000000000000000000000000000000000000000000000000000000000000000'', CAST(0 AS bigint), CAST(0 AS bigint))');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'LastHash', N'LastSequence', N'LockCounter') AND [object_id] = OBJECT_ID(N'[AuditChainHeads]'))
        SET IDENTITY_INSERT [AuditChainHeads] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_ApiKeys_Prefix] ON [ApiKeys] ([Prefix]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEvents_EntityType_EntityId_Sequence] ON [AuditEvents] ([EntityType], [EntityId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEvents_OccurredUtc] ON [AuditEvents] ([OccurredUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Clients_Name] ON [Clients] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_ConflictDeclarations_EngagementId] ON [ConflictDeclarations] ([EngagementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_ConflictDeclarations_ExpertId] ON [ConflictDeclarations] ([ExpertId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_Credentials_ExpertId_Kind_Status] ON [Credentials] ([ExpertId], [Kind], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_Credentials_Kind_Status_ExpiresOn_ExpertId] ON [Credentials] ([Kind], [Status], [ExpiresOn], [ExpertId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_Credentials_Status_ExpiresOn] ON [Credentials] ([Status], [ExpiresOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_Engagements_ExpertId_Status] ON [Engagements] ([ExpertId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_Engagements_ProjectId_Status] ON [Engagements] ([ProjectId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_Engagements_StaffingRequestId_Status] ON [Engagements] ([StaffingRequestId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_Engagements_Status_OfferExpiresUtc] ON [Engagements] ([Status], [OfferExpiresUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_ExpertBlackouts_ExpertId] ON [ExpertBlackouts] ([ExpertId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_ExpertLanguages_Code_ExpertId] ON [ExpertLanguages] ([Code], [ExpertId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_ExpertRates_ExpertId_Activity] ON [ExpertRates] ([ExpertId], [Activity]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_Experts_CountryCode_FullName] ON [Experts] ([CountryCode], [FullName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Experts_Email] ON [Experts] ([Email]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_Experts_FullName_Id] ON [Experts] ([FullName], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_Experts_Status_FullName] ON [Experts] ([Status], [FullName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_ExpertSpecialties_SpecialtyId_ExpertId] ON [ExpertSpecialties] ([SpecialtyId], [ExpertId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_InvoiceLines_DocumentId] ON [InvoiceLines] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_Invoices_ClientId_Status] ON [Invoices] ([ClientId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Invoices_Number] ON [Invoices] ([Number]) WHERE [Number] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_Invoices_ProjectId_Status] ON [Invoices] ([ProjectId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Invoices_SeriesKey_SequenceNumber] ON [Invoices] ([SeriesKey], [SequenceNumber]) WHERE [SeriesKey] IS NOT NULL AND [SequenceNumber] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_Invoices_Status_IssueDate] ON [Invoices] ([Status], [IssueDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_NdaAgreements_ClientId] ON [NdaAgreements] ([ClientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_NdaAgreements_ExpertId_Status_ExpiresOn] ON [NdaAgreements] ([ExpertId], [Status], [ExpiresOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_NdaAgreements_NdaTemplateId] ON [NdaAgreements] ([NdaTemplateId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_NdaAgreements_Status_ExpiresOn] ON [NdaAgreements] ([Status], [ExpiresOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_NdaAgreements_Status_SignByUtc] ON [NdaAgreements] ([Status], [SignByUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_NdaTemplates_ClientId] ON [NdaTemplates] ([ClientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_NdaTemplates_Name_VersionNumber] ON [NdaTemplates] ([Name], [VersionNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_NdaTemplates_Scope_ClientId_RetiredUtc] ON [NdaTemplates] ([Scope], [ClientId], [RetiredUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_NumberSeries_Key] ON [NumberSeries] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_PayoutStatementLines_DocumentId] ON [PayoutStatementLines] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_PayoutStatements_ExpertId_Status] ON [PayoutStatements] ([ExpertId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_PayoutStatements_Number] ON [PayoutStatements] ([Number]) WHERE [Number] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_PayoutStatements_SeriesKey_SequenceNumber] ON [PayoutStatements] ([SeriesKey], [SequenceNumber]) WHERE [SeriesKey] IS NOT NULL AND [SequenceNumber] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_PayoutStatements_Status_IssueDate] ON [PayoutStatements] ([Status], [IssueDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_PriceListEntries_ProjectId_Tier_Activity] ON [PriceListEntries] ([ProjectId], [Tier], [Activity]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_Projects_ClientId_Status] ON [Projects] ([ClientId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Projects_Code] ON [Projects] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_Projects_DomainSpecialtyId] ON [Projects] ([DomainSpecialtyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_Projects_Status_Name] ON [Projects] ([Status], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_Specialties_ParentId] ON [Specialties] ([ParentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Specialties_Path] ON [Specialties] ([Path]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_SprintParticipants_EngagementId] ON [SprintParticipants] ([EngagementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_SprintParticipants_ExpertId] ON [SprintParticipants] ([ExpertId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_Sprints_ProjectId_StartUtc] ON [Sprints] ([ProjectId], [StartUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_Sprints_Status_EndUtc] ON [Sprints] ([Status], [EndUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_Sprints_Status_StartUtc] ON [Sprints] ([Status], [StartUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_StaffingRequests_ProjectId_Status] ON [StaffingRequests] ([ProjectId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_StaffingRequests_SpecialtyId] ON [StaffingRequests] ([SpecialtyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_StaffingRequests_Status_OpenedUtc] ON [StaffingRequests] ([Status], [OpenedUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_TimeEntries_EngagementId_WorkDate] ON [TimeEntries] ([EngagementId], [WorkDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_TimeEntries_ExpertId_WorkDate] ON [TimeEntries] ([ExpertId], [WorkDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_TimeEntries_ProjectId_Status_WorkDate] ON [TimeEntries] ([ProjectId], [Status], [WorkDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_TimeEntries_SprintId_Status] ON [TimeEntries] ([SprintId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_TimeEntries_Status_InvoiceId_WorkDate] ON [TimeEntries] ([Status], [InvoiceId], [WorkDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    CREATE INDEX [IX_TimeEntries_Status_PayoutStatementId_WorkDate] ON [TimeEntries] ([Status], [PayoutStatementId], [WorkDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123182004_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123182004_Initial', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194123_EmailOutbox'
)
BEGIN
    CREATE TABLE [OutboxMessages] (
        [Id] uniqueidentifier NOT NULL,
        [ToAddress] nvarchar(254) NOT NULL,
        [ToName] nvarchar(200) NULL,
        [Subject] nvarchar(998) NOT NULL,
        [HtmlBody] nvarchar(max) NOT NULL,
        [TextBody] nvarchar(max) NOT NULL,
        [MessageId] nvarchar(100) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [NextAttemptUtc] datetime2 NOT NULL,
        [AttemptCount] int NOT NULL,
        [LastError] nvarchar(2000) NULL,
        [LastAttemptUtc] datetime2 NULL,
        [ClaimedBy] nvarchar(100) NULL,
        [ClaimExpiresUtc] datetime2 NULL,
        [SentUtc] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_OutboxMessages] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194123_EmailOutbox'
)
BEGIN
    CREATE TABLE [OutboxAttachments] (
        [Id] uniqueidentifier NOT NULL,
        [OutboxMessageId] uniqueidentifier NOT NULL,
        [FileName] nvarchar(255) NOT NULL,
        [ContentType] nvarchar(127) NOT NULL,
        [Content] varbinary(max) NOT NULL,
        CONSTRAINT [PK_OutboxAttachments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OutboxAttachments_OutboxMessages_OutboxMessageId] FOREIGN KEY ([OutboxMessageId]) REFERENCES [OutboxMessages] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194123_EmailOutbox'
)
BEGIN
    CREATE TABLE [OutboxAttempts] (
        [Id] uniqueidentifier NOT NULL,
        [OutboxMessageId] uniqueidentifier NOT NULL,
        [Number] int NOT NULL,
        [AttemptedUtc] datetime2 NOT NULL,
        [Node] nvarchar(100) NOT NULL,
        [Outcome] nvarchar(40) NOT NULL,
        [Error] nvarchar(2000) NULL,
        CONSTRAINT [PK_OutboxAttempts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OutboxAttempts_OutboxMessages_OutboxMessageId] FOREIGN KEY ([OutboxMessageId]) REFERENCES [OutboxMessages] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194123_EmailOutbox'
)
BEGIN
    CREATE INDEX [IX_OutboxAttachments_OutboxMessageId] ON [OutboxAttachments] ([OutboxMessageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194123_EmailOutbox'
)
BEGIN
    CREATE INDEX [IX_OutboxAttempts_OutboxMessageId_AttemptedUtc] ON [OutboxAttempts] ([OutboxMessageId], [AttemptedUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194123_EmailOutbox'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OutboxMessages_MessageId] ON [OutboxMessages] ([MessageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194123_EmailOutbox'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_Status_ClaimExpiresUtc] ON [OutboxMessages] ([Status], [ClaimExpiresUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194123_EmailOutbox'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_Status_NextAttemptUtc] ON [OutboxMessages] ([Status], [NextAttemptUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123194123_EmailOutbox'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123194123_EmailOutbox', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129230750_ExpiryNotices'
)
BEGIN
    CREATE TABLE [ExpiryNotices] (
        [Id] uniqueidentifier NOT NULL,
        [Subject] nvarchar(40) NOT NULL,
        [SubjectId] uniqueidentifier NOT NULL,
        [ExpertId] uniqueidentifier NOT NULL,
        [ExpiresOn] date NOT NULL,
        [ThresholdDays] int NOT NULL,
        [SentUtc] datetime2 NOT NULL,
        [MessageId] nvarchar(100) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_ExpiryNotices] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ExpiryNotices_Experts_ExpertId] FOREIGN KEY ([ExpertId]) REFERENCES [Experts] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129230750_ExpiryNotices'
)
BEGIN
    CREATE INDEX [IX_ExpiryNotices_ExpertId] ON [ExpiryNotices] ([ExpertId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129230750_ExpiryNotices'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ExpiryNotices_Subject_SubjectId_ExpiresOn_ThresholdDays] ON [ExpiryNotices] ([Subject], [SubjectId], [ExpiresOn], [ThresholdDays]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129230750_ExpiryNotices'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129230750_ExpiryNotices', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129235419_TemplateRevisions'
)
BEGIN
    CREATE TABLE [TemplateRevisions] (
        [Id] uniqueidentifier NOT NULL,
        [TemplateKey] nvarchar(100) NOT NULL,
        [Number] int NOT NULL,
        [Text] nvarchar(max) NULL,
        [TextSha256] nvarchar(64) NULL,
        [Author] nvarchar(256) NOT NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [Note] nvarchar(1000) NULL,
        [RestoredFromNumber] int NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_TemplateRevisions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129235419_TemplateRevisions'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TemplateRevisions_TemplateKey_Number] ON [TemplateRevisions] ([TemplateKey], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129235419_TemplateRevisions'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129235419_TemplateRevisions', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130000552_NdaSigningLinks'
)
BEGIN
    ALTER TABLE [NdaAgreements] ADD [LinkTokenSha256] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130000552_NdaSigningLinks'
)
BEGIN
    ALTER TABLE [NdaAgreements] ADD [SignedPdfKey] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130000552_NdaSigningLinks'
)
BEGIN
    ALTER TABLE [NdaAgreements] ADD [SignedPdfSha256] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130000552_NdaSigningLinks'
)
BEGIN
    CREATE INDEX [IX_NdaAgreements_LinkTokenSha256] ON [NdaAgreements] ([LinkTokenSha256]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130000552_NdaSigningLinks'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130000552_NdaSigningLinks', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130000734_ExpertErasure'
)
BEGIN
    ALTER TABLE [Experts] ADD [ErasedUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130000734_ExpertErasure'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130000734_ExpertErasure', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130000921_ExpertSearchFilters'
)
BEGIN
    DROP INDEX [IX_Credentials_ExpertId_Kind_Status] ON [Credentials];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130000921_ExpertSearchFilters'
)
BEGIN
    ALTER TABLE [Experts] ADD [SearchEmail] nvarchar(508) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130000921_ExpertSearchFilters'
)
BEGIN
    ALTER TABLE [Experts] ADD [SearchName] nvarchar(400) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130000921_ExpertSearchFilters'
)
BEGIN
    CREATE INDEX [IX_Experts_CreatedUtc_Id] ON [Experts] ([CreatedUtc], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130000921_ExpertSearchFilters'
)
BEGIN
    CREATE INDEX [IX_Experts_YearsOfExperience_FullName] ON [Experts] ([YearsOfExperience], [FullName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130000921_ExpertSearchFilters'
)
BEGIN
    CREATE INDEX [IX_Credentials_ExpertId_Kind_Status_ExpiresOn] ON [Credentials] ([ExpertId], [Kind], [Status], [ExpiresOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130000921_ExpertSearchFilters'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130000921_ExpertSearchFilters', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130012537_OfferLinks'
)
BEGIN
    ALTER TABLE [Engagements] ADD [ContractPdfKey] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130012537_OfferLinks'
)
BEGIN
    ALTER TABLE [Engagements] ADD [ContractPdfSha256] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130012537_OfferLinks'
)
BEGIN
    ALTER TABLE [Engagements] ADD [OfferLinkSha256] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130012537_OfferLinks'
)
BEGIN
    ALTER TABLE [Engagements] ADD [OfferOpenedUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130012537_OfferLinks'
)
BEGIN
    ALTER TABLE [Engagements] ADD [OfferRemindedUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130012537_OfferLinks'
)
BEGIN
    CREATE INDEX [IX_Engagements_OfferLinkSha256] ON [Engagements] ([OfferLinkSha256]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130012537_OfferLinks'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130012537_OfferLinks', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130013519_StaffingRequestOwner'
)
BEGIN
    ALTER TABLE [StaffingRequests] ADD [CandidatesExhaustedUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130013519_StaffingRequestOwner'
)
BEGIN
    ALTER TABLE [StaffingRequests] ADD [OpenedBy] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130013519_StaffingRequestOwner'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130013519_StaffingRequestOwner', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130021839_SprintNotices'
)
BEGIN
    CREATE TABLE [SprintNotices] (
        [Id] uniqueidentifier NOT NULL,
        [SprintId] uniqueidentifier NOT NULL,
        [EngagementId] uniqueidentifier NOT NULL,
        [ExpertId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Sequence] int NOT NULL,
        [SprintSequence] int NOT NULL,
        [SentUtc] datetime2 NOT NULL,
        [MessageId] nvarchar(100) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_SprintNotices] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SprintNotices_Engagements_EngagementId] FOREIGN KEY ([EngagementId]) REFERENCES [Engagements] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SprintNotices_Experts_ExpertId] FOREIGN KEY ([ExpertId]) REFERENCES [Experts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SprintNotices_Sprints_SprintId] FOREIGN KEY ([SprintId]) REFERENCES [Sprints] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130021839_SprintNotices'
)
BEGIN
    CREATE INDEX [IX_SprintNotices_EngagementId] ON [SprintNotices] ([EngagementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130021839_SprintNotices'
)
BEGIN
    CREATE INDEX [IX_SprintNotices_ExpertId] ON [SprintNotices] ([ExpertId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130021839_SprintNotices'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SprintNotices_SprintId_EngagementId_Kind_Sequence] ON [SprintNotices] ([SprintId], [EngagementId], [Kind], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130021839_SprintNotices'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130021839_SprintNotices', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130022248_MatchEmployers'
)
BEGIN
    CREATE TABLE [ExpertEmployers] (
        [ExpertId] uniqueidentifier NOT NULL,
        [NormalizedName] nvarchar(200) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_ExpertEmployers] PRIMARY KEY ([ExpertId], [NormalizedName]),
        CONSTRAINT [FK_ExpertEmployers_Experts_ExpertId] FOREIGN KEY ([ExpertId]) REFERENCES [Experts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130022248_MatchEmployers'
)
BEGIN
    CREATE INDEX [IX_ExpertEmployers_NormalizedName_ExpertId] ON [ExpertEmployers] ([NormalizedName], [ExpertId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130022248_MatchEmployers'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130022248_MatchEmployers', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130022700_OneEngagementPerExpertAndRequest'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Engagements_StaffingRequestId_ExpertId] ON [Engagements] ([StaffingRequestId], [ExpertId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130022700_OneEngagementPerExpertAndRequest'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130022700_OneEngagementPerExpertAndRequest', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130030434_PortalSignInLinks'
)
BEGIN
    CREATE TABLE [PortalSignInLinks] (
        [Id] uniqueidentifier NOT NULL,
        [ExpertId] uniqueidentifier NOT NULL,
        [TokenSha256] nvarchar(64) NOT NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [ExpiresUtc] datetime2 NOT NULL,
        [UsedUtc] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_PortalSignInLinks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PortalSignInLinks_Experts_ExpertId] FOREIGN KEY ([ExpertId]) REFERENCES [Experts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130030434_PortalSignInLinks'
)
BEGIN
    CREATE INDEX [IX_PortalSignInLinks_ExpertId_CreatedUtc] ON [PortalSignInLinks] ([ExpertId], [CreatedUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130030434_PortalSignInLinks'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PortalSignInLinks_TokenSha256] ON [PortalSignInLinks] ([TokenSha256]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130030434_PortalSignInLinks'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130030434_PortalSignInLinks', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130043732_InvoiceRuns'
)
BEGIN
    ALTER TABLE [PayoutStatements] ADD [RunId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130043732_InvoiceRuns'
)
BEGIN
    ALTER TABLE [Invoices] ADD [RunId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130043732_InvoiceRuns'
)
BEGIN
    CREATE TABLE [InvoiceRuns] (
        [Id] uniqueidentifier NOT NULL,
        [ClientId] uniqueidentifier NULL,
        [RequestedBy] nvarchar(256) NOT NULL,
        [StartedUtc] datetime2 NOT NULL,
        [CompletedUtc] datetime2 NULL,
        [InvoicesDrafted] int NOT NULL,
        [StatementsDrafted] int NOT NULL,
        [EntriesInvoiced] int NOT NULL,
        [EntriesOnStatements] int NOT NULL,
        [Skipped] nvarchar(max) NOT NULL,
        [Period_End] date NULL,
        [Period_Start] date NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_InvoiceRuns] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_InvoiceRuns_Clients_ClientId] FOREIGN KEY ([ClientId]) REFERENCES [Clients] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130043732_InvoiceRuns'
)
BEGIN
    CREATE INDEX [IX_TimeEntries_ExpertId_Status_PayoutStatementId_WorkDate] ON [TimeEntries] ([ExpertId], [Status], [PayoutStatementId], [WorkDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130043732_InvoiceRuns'
)
BEGIN
    CREATE INDEX [IX_TimeEntries_ProjectId_Status_InvoiceId_WorkDate] ON [TimeEntries] ([ProjectId], [Status], [InvoiceId], [WorkDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130043732_InvoiceRuns'
)
BEGIN
    CREATE INDEX [IX_PayoutStatements_RunId] ON [PayoutStatements] ([RunId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130043732_InvoiceRuns'
)
BEGIN
    CREATE INDEX [IX_Invoices_RunId] ON [Invoices] ([RunId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130043732_InvoiceRuns'
)
BEGIN
    CREATE INDEX [IX_InvoiceRuns_ClientId] ON [InvoiceRuns] ([ClientId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130043732_InvoiceRuns'
)
BEGIN
    CREATE INDEX [IX_InvoiceRuns_StartedUtc] ON [InvoiceRuns] ([StartedUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130043732_InvoiceRuns'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130043732_InvoiceRuns', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045741_AddBudgetNotices'
)
BEGIN
    CREATE TABLE [BudgetNotices] (
        [Id] uniqueidentifier NOT NULL,
        [ProjectId] uniqueidentifier NOT NULL,
        [ThresholdPercent] int NOT NULL,
        [Spent] bigint NOT NULL,
        [Budget] bigint NOT NULL,
        [Currency] nvarchar(3) NOT NULL,
        [Recipients] nvarchar(2000) NOT NULL,
        [SentUtc] datetime2 NOT NULL,
        [MessageId] nvarchar(100) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_BudgetNotices] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_BudgetNotices_Projects_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [Projects] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045741_AddBudgetNotices'
)
BEGIN
    CREATE UNIQUE INDEX [IX_BudgetNotices_ProjectId_ThresholdPercent] ON [BudgetNotices] ([ProjectId], [ThresholdPercent]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045741_AddBudgetNotices'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130045741_AddBudgetNotices', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051258_InvoiceSent'
)
BEGIN
    ALTER TABLE [Invoices] ADD [SentTo] nvarchar(254) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051258_InvoiceSent'
)
BEGIN
    ALTER TABLE [Invoices] ADD [SentUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130051258_InvoiceSent'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130051258_InvoiceSent', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207170245_SharedFileStore'
)
BEGIN
    CREATE TABLE [StoredFiles] (
        [Key] nvarchar(100) NOT NULL,
        [Area] nvarchar(40) NOT NULL,
        [SizeBytes] bigint NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [CreatedUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_StoredFiles] PRIMARY KEY ([Key])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207170245_SharedFileStore'
)
BEGIN
    CREATE INDEX [IX_StoredFiles_Area_CreatedUtc] ON [StoredFiles] ([Area], [CreatedUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207170245_SharedFileStore'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207170245_SharedFileStore', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207170629_StaffLifecycle'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [DisabledUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207170629_StaffLifecycle'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [LastSignInUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207170629_StaffLifecycle'
)
BEGIN
    ALTER TABLE [ApiKeys] ADD [ExpiresUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207170629_StaffLifecycle'
)
BEGIN
    ALTER TABLE [ApiKeys] ADD [LastUsedUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207170629_StaffLifecycle'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207170629_StaffLifecycle', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207200933_EngagementEndKind'
)
BEGIN
    ALTER TABLE [Engagements] ADD [EndKind] nvarchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207200933_EngagementEndKind'
)
BEGIN
    UPDATE [Engagements] SET [EndKind] = 'Filled' WHERE [Status] = 'Withdrawn' AND [EndReason] = 'All seats on the request were filled before this offer was accepted.';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207200933_EngagementEndKind'
)
BEGIN
    UPDATE [Engagements] SET [EndKind] = [Status] WHERE [EndKind] IS NULL AND [Status] IN ('Completed', 'Declined', 'Expired', 'Withdrawn', 'Cancelled');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207200933_EngagementEndKind'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207200933_EngagementEndKind', N'10.0.14');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE TABLE [TaskSets] (
        [Id] uniqueidentifier NOT NULL,
        [ProjectId] uniqueidentifier NOT NULL,
        [SprintId] uniqueidentifier NULL,
        [Name] nvarchar(200) NOT NULL,
        [Type] nvarchar(40) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Overlap] int NOT NULL,
        [ItemOrder] nvarchar(40) NOT NULL,
        [LeaseMinutes] int NOT NULL,
        [MinRationaleLength] int NOT NULL,
        [MinAnswerLength] int NOT NULL,
        [AllowMultipleLabels] bit NOT NULL,
        [CreatedUtc] datetime2 NOT NULL,
        [OpenedUtc] datetime2 NULL,
        [ClosedUtc] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_TaskSets] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TaskSets_Projects_ProjectId] FOREIGN KEY ([ProjectId]) REFERENCES [Projects] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_TaskSets_Sprints_SprintId] FOREIGN KEY ([SprintId]) REFERENCES [Sprints] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE TABLE [TaskItems] (
        [Id] uniqueidentifier NOT NULL,
        [TaskSetId] uniqueidentifier NOT NULL,
        [ExternalId] nvarchar(200) NOT NULL,
        [Sequence] int NOT NULL,
        [ShuffleKey] bigint NOT NULL,
        [IsPractice] bit NOT NULL,
        [Content] nvarchar(max) NOT NULL,
        [ExpectedAnswer] nvarchar(max) NULL,
        [JudgmentsSubmitted] int NOT NULL,
        [IsComplete] bit NOT NULL,
        [ImportedUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_TaskItems] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TaskItems_TaskSets_TaskSetId] FOREIGN KEY ([TaskSetId]) REFERENCES [TaskSets] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE TABLE [TaskSetCriteria] (
        [Position] int NOT NULL,
        [TaskSetId] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [ScaleMin] int NOT NULL,
        [ScaleMax] int NOT NULL,
        [Anchors] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_TaskSetCriteria] PRIMARY KEY ([TaskSetId], [Position]),
        CONSTRAINT [FK_TaskSetCriteria_TaskSets_TaskSetId] FOREIGN KEY ([TaskSetId]) REFERENCES [TaskSets] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE TABLE [TaskSetGuidelines] (
        [TaskSetId] uniqueidentifier NOT NULL,
        [Number] int NOT NULL,
        [Markdown] nvarchar(max) NOT NULL,
        [PublishedUtc] datetime2 NOT NULL,
        [PublishedBy] nvarchar(256) NOT NULL,
        CONSTRAINT [PK_TaskSetGuidelines] PRIMARY KEY ([TaskSetId], [Number]),
        CONSTRAINT [FK_TaskSetGuidelines_TaskSets_TaskSetId] FOREIGN KEY ([TaskSetId]) REFERENCES [TaskSets] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE TABLE [TaskSetLabels] (
        [Position] int NOT NULL,
        [TaskSetId] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_TaskSetLabels] PRIMARY KEY ([TaskSetId], [Position]),
        CONSTRAINT [FK_TaskSetLabels_TaskSets_TaskSetId] FOREIGN KEY ([TaskSetId]) REFERENCES [TaskSets] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE TABLE [Assignments] (
        [Id] uniqueidentifier NOT NULL,
        [ItemId] uniqueidentifier NOT NULL,
        [TaskSetId] uniqueidentifier NOT NULL,
        [ExpertId] uniqueidentifier NOT NULL,
        [EngagementId] uniqueidentifier NOT NULL,
        [State] nvarchar(40) NOT NULL,
        [LeasedUtc] datetime2 NOT NULL,
        [LeaseExpiresUtc] datetime2 NOT NULL,
        [LeaseMinutes] int NOT NULL,
        [SwapResponses] bit NOT NULL,
        [Draft] nvarchar(max) NULL,
        [DraftSavedUtc] datetime2 NULL,
        [DraftRevision] bigint NOT NULL,
        [ActiveSeconds] int NOT NULL,
        [SubmittedUtc] datetime2 NULL,
        [SkippedUtc] datetime2 NULL,
        [SkipReason] nvarchar(1000) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Assignments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Assignments_Engagements_EngagementId] FOREIGN KEY ([EngagementId]) REFERENCES [Engagements] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Assignments_Experts_ExpertId] FOREIGN KEY ([ExpertId]) REFERENCES [Experts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Assignments_TaskItems_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [TaskItems] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Assignments_TaskSets_TaskSetId] FOREIGN KEY ([TaskSetId]) REFERENCES [TaskSets] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE TABLE [ItemViews] (
        [Id] uniqueidentifier NOT NULL,
        [ItemId] uniqueidentifier NOT NULL,
        [TaskSetId] uniqueidentifier NOT NULL,
        [ExpertId] uniqueidentifier NOT NULL,
        [ViewedUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_ItemViews] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ItemViews_TaskItems_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [TaskItems] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE TABLE [Judgments] (
        [Id] uniqueidentifier NOT NULL,
        [AssignmentId] uniqueidentifier NOT NULL,
        [ItemId] uniqueidentifier NOT NULL,
        [TaskSetId] uniqueidentifier NOT NULL,
        [ExpertId] uniqueidentifier NOT NULL,
        [GuidelineVersion] int NOT NULL,
        [Answer] nvarchar(max) NOT NULL,
        [SubmittedUtc] datetime2 NOT NULL,
        [Revision] int NOT NULL,
        [SupersededUtc] datetime2 NULL,
        [SwapResponses] bit NOT NULL,
        [IsPractice] bit NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Judgments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Judgments_Assignments_AssignmentId] FOREIGN KEY ([AssignmentId]) REFERENCES [Assignments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Judgments_Experts_ExpertId] FOREIGN KEY ([ExpertId]) REFERENCES [Experts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Judgments_TaskItems_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [TaskItems] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Judgments_TaskSets_TaskSetId] FOREIGN KEY ([TaskSetId]) REFERENCES [TaskSets] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE INDEX [IX_Assignments_EngagementId] ON [Assignments] ([EngagementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE INDEX [IX_Assignments_ExpertId_State_LeasedUtc] ON [Assignments] ([ExpertId], [State], [LeasedUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Assignments_ItemId_ExpertId] ON [Assignments] ([ItemId], [ExpertId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE INDEX [IX_Assignments_ItemId_State_LeaseExpiresUtc] ON [Assignments] ([ItemId], [State], [LeaseExpiresUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE INDEX [IX_Assignments_State_LeaseExpiresUtc] ON [Assignments] ([State], [LeaseExpiresUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE INDEX [IX_Assignments_TaskSetId_ExpertId_State] ON [Assignments] ([TaskSetId], [ExpertId], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE INDEX [IX_ItemViews_ExpertId_ViewedUtc] ON [ItemViews] ([ExpertId], [ViewedUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE INDEX [IX_ItemViews_ItemId_ViewedUtc] ON [ItemViews] ([ItemId], [ViewedUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE INDEX [IX_ItemViews_TaskSetId_ViewedUtc] ON [ItemViews] ([TaskSetId], [ViewedUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Judgments_AssignmentId_Revision] ON [Judgments] ([AssignmentId], [Revision]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE INDEX [IX_Judgments_ExpertId_SubmittedUtc] ON [Judgments] ([ExpertId], [SubmittedUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE INDEX [IX_Judgments_ItemId] ON [Judgments] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE INDEX [IX_Judgments_TaskSetId_SupersededUtc_SubmittedUtc] ON [Judgments] ([TaskSetId], [SupersededUtc], [SubmittedUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TaskItems_TaskSetId_ExternalId] ON [TaskItems] ([TaskSetId], [ExternalId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE INDEX [IX_TaskItems_TaskSetId_IsPractice_IsComplete_Sequence] ON [TaskItems] ([TaskSetId], [IsPractice], [IsComplete], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE INDEX [IX_TaskItems_TaskSetId_IsPractice_IsComplete_ShuffleKey] ON [TaskItems] ([TaskSetId], [IsPractice], [IsComplete], [ShuffleKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE INDEX [IX_TaskSets_ProjectId_Status] ON [TaskSets] ([ProjectId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    CREATE INDEX [IX_TaskSets_SprintId] ON [TaskSets] ([SprintId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261208013703_Workspace'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261208013703_Workspace', N'10.0.14');
END;

COMMIT;
GO

