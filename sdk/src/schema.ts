/**
 * Generated from sdk/openapi.json by `npm run sdk:generate` (openapi-typescript). Do not edit:
 * change the server's route schemas (src/http/api) and regenerate.
 */
export interface paths {
    "/links/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create up to 1,000 links
         * @description Each item succeeds or fails on its own (no transaction across items); the response has one result per item, with `ok` telling which shape it has. A request with more than 1,000 items is refused whole (422 `BULK_TOO_LARGE`).
         */
        post: operations["createLinks"];
        /**
         * Delete up to 100 links
         * @description Each item succeeds or fails on its own (no transaction across items); the response has one result per item, with `ok` telling which shape it has. Ids that are not links of this workspace fail with `LINK_NOT_FOUND`.
         */
        delete: operations["deleteLinks"];
        options?: never;
        head?: never;
        /**
         * Apply one change to up to 1,000 links
         * @description Sets the fields of `update` on every link of `ids`, as `PATCH /links/{id}` would (tags and pixels are replaced). Each item succeeds or fails on its own (no transaction across items); the response has one result per item, with `ok` telling which shape it has. An id given twice is changed once.
         */
        patch: operations["updateLinks"];
        trace?: never;
    };
    "/links/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find a link by its short URL or your own id
         * @description Give `slug` (and `domain` when the link is not on the default domain), or `externalId`. Answers 404 `LINK_NOT_FOUND` when this workspace has no such link.
         */
        get: operations["lookupLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/links/external/{externalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or update a link by your own id (idempotent)
         * @description If no link of the workspace has this `externalId`, creates one from the body (201). Otherwise applies the fields present in the body to it, as `PATCH` does, and leaves absent fields as they are (200). Sending the same request twice leaves one link in the same state: safe to retry.
         */
        put: operations["upsertLink"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search links
         * @description Newest first, one page at a time (`limit`, `cursor`). `q` searches slug, destination, title and tags; `tag` and `domain` filter exactly.
         */
        get: operations["listLinks"];
        put?: never;
        /**
         * Create a link
         * @description Creates a short link. Without `slug` a random 7-character one is drawn; without `pixelIds` the workspace’s default pixels are attached. With `externalId`, a second create for the same id is refused (409 `EXTERNAL_ID_TAKEN`): use `PUT /links/external/{externalId}` to create-or-update idempotently.
         */
        post: operations["createLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a link
         * @description One link by id, with its human click count so far.
         */
        get: operations["getLink"];
        put?: never;
        post?: never;
        /**
         * Delete a link
         * @description The short URL stops redirecting at once (404 page, or the domain’s `notFoundUrl`). Its recorded clicks stay in workspace stats.
         */
        delete: operations["deleteLink"];
        options?: never;
        head?: never;
        /**
         * Update a link
         * @description Absent fields stay as they are; `null` clears a field that can be empty. The old and the new short URL stop being served from cache at once.
         */
        patch: operations["updateLink"];
        trace?: never;
    };
    "/password-lockouts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * See whether a link’s password form is locked (by the link’s id)
         * @description After PASSWORD_LINK_ATTEMPTS wrong passwords within 15 minutes, a link’s password form answers 429 to everyone until `lockedUntil` (or until an owner clears it).
         */
        get: operations["getPasswordLockout"];
        put?: never;
        post?: never;
        /**
         * Unlock a link’s password form
         * @description Visitors can try the password again at once, on every node. Idempotent: 204 whether or not it was locked.
         */
        delete: operations["deletePasswordLockout"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who did what in this workspace
         * @description Newest first, one page at a time: every change made through the API (and the dashboard) to links, pixels, domains, API keys and settings, with the key that made it. Kept AUDIT_RETENTION_DAYS (default 365). Admin and owner keys only.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tags in use, with how many links carry each
         * @description In alphabetical order, one page at a time. Tags exist as long as a link carries them; filter links by one with `GET /links?tag=`.
         */
        get: operations["listTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pixels/{id}/server": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a pixel’s server-side events
         * @description Its settings, its credentials masked, what the platform needs, and how delivery goes: pending, sent, failed by reason, the last error and the last success.
         */
        get: operations["getPixelServer"];
        /**
         * Set up or change a pixel’s server-side events
         * @description Credentials are write-only: sealed at rest, never returned, shown masked. Send one credential to rotate it; absent ones stay. Enabled delivery needs every required field (422 `SERVER_SETTINGS_INVALID`, `details.missing`).
         */
        put: operations["updatePixelServer"];
        post?: never;
        /**
         * Stop a pixel’s server-side events
         * @description Forgets the credentials; events still queued for the pixel are dropped (counted as `destination_gone`).
         */
        delete: operations["deletePixelServer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pixels/{id}/server/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description A page view, the audience event and a lead through the platform’s test mode (Meta and TikTok test codes, GA4’s validation server, …), and the platform’s answer.
         */
        post: operations["createPixelTestEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/folders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List folders
         * @description Every folder (campaign) of the workspace, by name, with how many links each holds. Filter links by one with `GET /links?folderId=`.
         */
        get: operations["listFolders"];
        put?: never;
        /**
         * Create a folder
         * @description A folder groups links (a campaign, a client, a channel); a link is in at most one (`folderId`). Names are unique per workspace, whatever their case (409 `FOLDER_NAME_TAKEN`).
         */
        post: operations["createFolder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/folders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a folder
         * @description Its links are kept and end up in no folder.
         */
        delete: operations["deleteFolder"];
        options?: never;
        head?: never;
        /**
         * Rename a folder
         * @description Its links stay in it.
         */
        patch: operations["updateFolder"];
        trace?: never;
    };
    "/tags/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a tag’s colour
         * @description Tags live on links (`tags`); this gives one a colour from a fixed palette, shown wherever the tag is. `null` goes back to the default.
         */
        put: operations["updateTag"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/utm-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List UTM templates
         * @description Named sets of UTM values, by name, for the link form’s UTM builder.
         */
        get: operations["listUtmTemplates"];
        put?: never;
        /**
         * Save a UTM template
         * @description Apply it to a link by sending its values as the link’s `utm`.
         */
        post: operations["createUtmTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/utm-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a UTM template
         * @description Links made with it keep their UTM values.
         */
        delete: operations["deleteUtmTemplate"];
        options?: never;
        head?: never;
        /**
         * Change a UTM template
         * @description `utm` replaces the template’s values as a whole. Links made with it keep theirs.
         */
        patch: operations["updateUtmTemplate"];
        trace?: never;
    };
    "/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List saved views
         * @description Named filters of the links list and the analytics page, shared by the workspace, by name.
         */
        get: operations["listViews"];
        put?: never;
        /**
         * Save a view
         * @description Keeps a screen’s filter under a name; `query` is stored normalised.
         */
        post: operations["createView"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a saved view
         * @description Only the view; nothing it showed changes.
         */
        delete: operations["deleteView"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pixels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pixels
         * @description Newest first, one page at a time; `q` searches name and tag id, `platform` filters.
         */
        get: operations["listPixels"];
        put?: never;
        /**
         * Add a pixel to the library
         * @description Tag ids are checked loosely: an unusual shape is accepted with `warnings`, obvious junk is refused (422 `PIXEL_ID_INVALID`). The same platform and tag id twice is refused (409 `PIXEL_DUPLICATE`, `details.pixelId` names the existing pixel).
         */
        post: operations["createPixel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pixels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a pixel
         * @description One pixel by id, with shape warnings about its tag id.
         */
        get: operations["getPixel"];
        put?: never;
        post?: never;
        /**
         * Delete a pixel
         * @description Detaches it from every link; those links stop firing it from their next click on.
         */
        delete: operations["deletePixel"];
        options?: never;
        head?: never;
        /**
         * Update a pixel
         * @description Absent fields stay as they are. Every link using the pixel fires the new values from its next click on.
         */
        patch: operations["updatePixel"];
        trace?: never;
    };
    "/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List custom domains
         * @description Newest first, one page at a time. The default domain (the host of `PUBLIC_URL`) is not listed: see `defaultDomain` of `GET /workspace`.
         */
        get: operations["listDomains"];
        put?: never;
        /**
         * Register a custom domain
         * @description Links can then be created on it (`domain` in the link). Point the hostname’s DNS at this Ricochet (`verification.dnsRecord`), then check it with `POST /domains/{id}/check`; a hostname belongs to one workspace.
         */
        post: operations["createDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/domains/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a custom domain
         * @description One domain by id.
         */
        get: operations["getDomain"];
        put?: never;
        post?: never;
        /**
         * Delete a custom domain
         * @description Refused while links use it (409 `DOMAIN_IN_USE`): delete or move those links first.
         */
        delete: operations["deleteDomain"];
        options?: never;
        head?: never;
        /**
         * Change where unknown slugs and the bare domain go
         * @description `notFoundUrl` receives visitors of slugs that do not exist on this domain (`null`: the 404 page); `rootUrl` those of the bare domain (`null`: this server’s home page). Absent fields stay.
         */
        patch: operations["updateDomain"];
        trace?: never;
    };
    "/domains/{id}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check that a domain reaches this Ricochet
         * @description Requests `https://<hostname>/_r/domain-check` (then `http://`) and expects the domain’s `verification.token` back, which proves the DNS (and any proxy in front) sends the domain’s visitors here. Stores the outcome (`verification.status`, `error` in words when it failed) and answers with what DNS said. Takes up to a few seconds.
         */
        post: operations["checkDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Newest first, with their prefix and last use; never their secrets.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description The secret is in this response only; the server keeps a hash. A key can create keys with a role at or below its own (422 `ROLE_NOT_GRANTABLE`).
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description The key stops working at once. The workspace’s last owner key cannot be revoked (409 `LAST_OWNER_KEY`).
         */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the workspace of the calling key
         * @description Its name, consent defaults, time zone and default domain, and the role of the key making the request.
         */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the workspace settings
         * @description Name, consent defaults (which links without their own `consent` follow from their next click on), privacy policy URL and time zone (of daily stats). Absent fields stay as they are.
         */
        patch: operations["updateWorkspace"];
        trace?: never;
    };
    "/stats/conversions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get leads, sales, revenue and conversion rates
         * @description Per day, link or campaign, for the workspace or one link, with totals. The range is `range` (`24h`, `7d`, `30d`, `all`) or `from`/`to` (dates in the workspace time zone, or instants); the last 30 days by default, at most 400 days.
         */
        get: operations["getConversionStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/conversions.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export conversion stats as CSV
         * @description The rows of `GET /stats/conversions`, one line per row and currency (revenue in major units). Columns: `group`, `key`, `label`, `human_clicks`, `leads`, `sales`, `currency`, `revenue`, `conversion_rate`, `sale_rate`. The range is `range` (`24h`, `7d`, `30d`, `all`) or `from`/`to` (dates in the workspace time zone, or instants); the last 30 days by default, at most 400 days.
         */
        get: operations["exportConversionStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/links/{id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the stats of one link
         * @description Totals, a timeseries, human clicks per hour of the day and day of the week, top lists (countries, devices, browsers, OS, referrers, UTM), consent outcomes and pixel yield. The range is `range` (`24h`, `7d`, `30d`, `all`) or `from`/`to` (dates in the workspace time zone, or instants); the last 30 days by default, at most 400 days. Filters combine: `linkId`, `tag`, `folderId` choose links (every figure stays, read from rollups); `country`, `device`, `os`, `browser`, `referrer` and `utm_*` choose clicks (read from the range’s click rows, slower on long ranges, and `uniqueVisitors` is null). `compare=previous` adds the previous period’s totals. `asOf` says when the figures were read.
         */
        get: operations["getLinkStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the stats of the whole workspace
         * @description Every link together (deleted links’ clicks included), in the same shape as a link’s stats, plus the top links. The range is `range` (`24h`, `7d`, `30d`, `all`) or `from`/`to` (dates in the workspace time zone, or instants); the last 30 days by default, at most 400 days. Filters combine: `linkId`, `tag`, `folderId` choose links (every figure stays, read from rollups); `country`, `device`, `os`, `browser`, `referrer` and `utm_*` choose clicks (read from the range’s click rows, slower on long ranges, and `uniqueVisitors` is null). `compare=previous` adds the previous period’s totals.
         */
        get: operations["getWorkspaceStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get daily human clicks of many links (sparklines)
         * @description For the links list: human clicks per UTC day over the last `days` days (up to 90), for up to 100 links at once, from daily rollups. Ids that are not links of this workspace are left out.
         */
        get: operations["getLinkSparklines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pixels/{id}/audience": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get how a pixel’s audience grows, and whether it is big enough to use
         * @description The pixel’s audience — distinct visitors whose hit for it was confirmed — over 30, 90 and 180 days, growth per day, and readiness against the platform’s minimum audience size.
         */
        get: operations["getPixelAudience"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List click events
         * @description Recorded clicks, newest first, one page at a time (`limit`, `cursor`), as JSON: the same fields as the CSV export. Never an IP address or a visitor value (none is stored). Filters match exactly and combine: `linkId`, `country`, `device`, `consent`, `referrerHost`, `utmSource`, `utmMedium`, `utmCampaign`, `utmTerm`, `utmContent`, and `bots` (`include`, `exclude`, `only`). The range is `range` (`24h`, `7d`, `30d`, `all`) or `from`/`to` (dates in the workspace time zone, or instants); the last 30 days by default, at most 400 days.
         */
        get: operations["listClickEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clicks.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export clicks as CSV
         * @description One row per click, oldest first, streamed, never an IP address. Columns: `click_id`, `time`, `link_id`, `slug`, `domain`, `country`, `device`, `os`, `browser`, `referrer_host`, `utm_source`, `utm_medium`, `utm_campaign`, `utm_term`, `utm_content`, `click_ids`, `bot`, `consent`, `pixels_fired`, `pixels_confirmed` (the fields of `ClickEvent` in snake_case: docs/api.md). Filters match exactly and combine: `linkId`, `country`, `device`, `consent`, `referrerHost`, `utmSource`, `utmMedium`, `utmCampaign`, `utmTerm`, `utmContent`, and `bots` (`include`, `exclude`, `only`). The range is `range` (`24h`, `7d`, `30d`, `all`) or `from`/`to` (dates in the workspace time zone, or instants); the last 30 days by default, at most 400 days.
         */
        get: operations["exportClicks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/track/lead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Track a lead
         * @description Credit a lead (a sign-up, a form) to the click that brought the customer: the click id your destination received in `rc_click`. The lead is attributed to the click, its link and its campaign, and forwarded as a Lead server event to the click’s pixels that fired. Idempotent by event name and customer: a retry answers 200 with the stored lead (`duplicate: true`).
         */
        post: operations["createLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/track/sale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Track a sale
         * @description Credit a sale to a click — `clickId`, or by default the click of the customer’s latest lead — with its amount in minor units and currency. Forwarded as a Purchase server event with the click’s own ad click ids. Idempotent by `invoiceId`: the same invoice again answers 200 (`duplicate: true`); with another customer, amount or currency it is a conflict (409 `INVOICE_CONFLICT`).
         */
        post: operations["createSale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a lead or sale
         * @description One tracked conversion by id, with the click, link and campaign it is attributed to.
         */
        get: operations["getConversion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description Newest first. An endpoint that Ricochet turned off has `enabled: false` and says why in `disabledReason` (`gone`, `failing`).
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Add a webhook endpoint
         * @description Ricochet POSTs the chosen events to `url`, signed per Standard Webhooks with the `secret` of this response — the only time it is shown. The URL must lead to public addresses: loopback, private, link-local and cloud metadata addresses are refused (422 `WEBHOOK_URL_FORBIDDEN`, `details.reason` and `details.address` say why), unless the operator allowed their network. At most 100 endpoints per workspace (422 `WEBHOOK_LIMIT_REACHED`).
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description One endpoint, without its secret.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Nothing more is sent to it, including messages still waiting for a retry.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update a webhook endpoint
         * @description Absent fields stay as they are; `linkIds` and `tags` replace the filter. `enabled: true` turns an endpoint Ricochet turned off back on. Messages that were waiting when it went off are not sent; redeliver them from the delivery log.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description Makes a new secret and returns it (only here). For `overlapHours` (default 24) every message carries two signatures, one per secret, so the receiver can switch to the new secret without missing a message.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an endpoint’s delivery log
         * @description Every attempt, newest first: the message, what started it, the outcome, the HTTP status, the latency and the first 1 KB of the answer; and an entry when Ricochet turned the endpoint off. Kept for `WEBHOOK_LOG_RETENTION_DAYS`.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Queues a `webhook.test` message to this endpoint, on or off, and answers at once; the attempt shows in the delivery log within seconds.
         */
        post: operations["sendWebhookTestEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/messages/{messageId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeliver a message
         * @description Sends a stored message again, with the same `webhook-id` and body, signed anew with the current secret. Works for an endpoint that is off too.
         */
        post: operations["redeliverWebhookMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "link.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A link was created
         * @description By the API, the dashboard or a CSV import (one message per link). Signed per Standard Webhooks: verify it as docs/webhooks.md shows before trusting it.
         */
        post: operations["onLinkCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "link.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A link was changed
         * @description Its state after the change. Signed per Standard Webhooks: verify it as docs/webhooks.md shows before trusting it.
         */
        post: operations["onLinkUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "link.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A link was deleted
         * @description Its short URL now answers 404. Signed per Standard Webhooks: verify it as docs/webhooks.md shows before trusting it.
         */
        post: operations["onLinkDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    click: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Human clicks
         * @description Batched per endpoint: one message every `WEBHOOK_CLICK_BATCH_MS` (default 10 s) while there are clicks. Bots and prefetches are never sent. Signed per Standard Webhooks: verify it as docs/webhooks.md shows before trusting it.
         */
        post: operations["onClick"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "lead.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A lead was tracked
         * @description Once per lead (a retried `POST /track/lead` sends nothing new); `amount` and `currency` are null. Signed per Standard Webhooks: verify it as docs/webhooks.md shows before trusting it.
         */
        post: operations["onLeadCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "sale.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A sale was tracked
         * @description Once per sale (per `invoiceId`). Signed per Standard Webhooks: verify it as docs/webhooks.md shows before trusting it.
         */
        post: operations["onSaleCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "audience.ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A pixel’s audience is big enough to target
         * @description Once per pixel. Signed per Standard Webhooks: verify it as docs/webhooks.md shows before trusting it.
         */
        post: operations["onAudienceReady"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "pixel.delivery_failing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Server-side delivery to a platform keeps failing
         * @description Once per failing spell; a success ends the spell. Signed per Standard Webhooks: verify it as docs/webhooks.md shows before trusting it.
         */
        post: operations["onPixelDeliveryFailing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A test event
         * @description Only when asked for (`POST /webhooks/{id}/test`, or the dashboard’s "Send test event"). Signed per Standard Webhooks: verify it as docs/webhooks.md shows before trusting it.
         */
        post: operations["onWebhookTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        LinkCreatedMessage: {
            /** @enum {string} */
            type: "link.created";
            /**
             * Format: date-time
             * @description When the event happened (ISO 8601, UTC).
             * @example 2026-12-01T09:30:00.000Z
             */
            timestamp: string;
            data: components["schemas"]["LinkEventData"];
        };
        /**
         * @description The link’s identity and main fields; `GET /links/{id}` has the rest.
         * @example {
         *       "id": "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "externalId": "cms-8812",
         *       "domain": "go.example.com",
         *       "slug": "spring",
         *       "shortUrl": "https://go.example.com/spring",
         *       "url": "https://example.com/article",
         *       "title": "Spring sale",
         *       "tags": [
         *         "spring"
         *       ],
         *       "pixelIds": [
         *         "pix_01kbmz3f8r9c2v6x4n7q5t8w0y"
         *       ],
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "updatedAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        LinkEventData: {
            /** @example lnk_01kbmz3f8r9c2v6x4n7q5t8w0y */
            id: string;
            externalId: string | null;
            /** @description The host the short link lives on. */
            domain: string;
            slug: string;
            /** Format: uri */
            shortUrl: string;
            /**
             * Format: uri
             * @description The destination.
             */
            url: string;
            title: string | null;
            tags: string[];
            pixelIds: string[];
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            updatedAt: string;
        };
        LinkUpdatedMessage: {
            /** @enum {string} */
            type: "link.updated";
            /**
             * Format: date-time
             * @description When the event happened (ISO 8601, UTC).
             * @example 2026-12-01T09:30:00.000Z
             */
            timestamp: string;
            data: components["schemas"]["LinkEventData"];
        };
        LinkDeletedMessage: {
            /** @enum {string} */
            type: "link.deleted";
            /**
             * Format: date-time
             * @description When the event happened (ISO 8601, UTC).
             * @example 2026-12-01T09:30:00.000Z
             */
            timestamp: string;
            data: components["schemas"]["LinkDeletedData"];
        };
        /**
         * @example {
         *       "id": "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "externalId": "cms-8812",
         *       "domain": "go.example.com",
         *       "slug": "spring",
         *       "shortUrl": "https://go.example.com/spring",
         *       "tags": [
         *         "spring"
         *       ],
         *       "deletedAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        LinkDeletedData: {
            /** @example lnk_01kbmz3f8r9c2v6x4n7q5t8w0y */
            id: string;
            externalId: string | null;
            domain: string;
            slug: string;
            /** Format: uri */
            shortUrl: string;
            tags: string[];
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            deletedAt: string;
        };
        ClickMessage: {
            /** @enum {string} */
            type: "click";
            /**
             * Format: date-time
             * @description When the event happened (ISO 8601, UTC).
             * @example 2026-12-01T09:30:00.000Z
             */
            timestamp: string;
            data: components["schemas"]["ClickEventData"];
        };
        /**
         * @example {
         *       "clicks": [
         *         {
         *           "id": "clk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "linkId": "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "at": "2026-12-01T09:30:00.000Z",
         *           "country": "DE",
         *           "device": "mobile",
         *           "os": "iOS",
         *           "browser": "Mobile Safari",
         *           "referrerHost": "news.example.org",
         *           "utm": {
         *             "source": "newsletter",
         *             "medium": "email",
         *             "campaign": "spring",
         *             "term": null,
         *             "content": null
         *           },
         *           "clickIds": [
         *             "gclid"
         *           ],
         *           "consent": "granted_cookie",
         *           "pixels": [
         *             {
         *               "id": "pix_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *               "outcome": "fire"
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        ClickEventData: {
            /** @description The human clicks of one batch interval (`WEBHOOK_CLICK_BATCH_MS`) that the endpoint’s filter lets through, oldest first; at most 1,000 per message. */
            clicks: components["schemas"]["ClickEventItem"][];
        };
        /**
         * @description A human click: the facts the stats are made of. No address, no user agent, no visitor id.
         * @example {
         *       "id": "clk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "linkId": "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "at": "2026-12-01T09:30:00.000Z",
         *       "country": "DE",
         *       "device": "mobile",
         *       "os": "iOS",
         *       "browser": "Mobile Safari",
         *       "referrerHost": "news.example.org",
         *       "utm": {
         *         "source": "newsletter",
         *         "medium": "email",
         *         "campaign": "spring",
         *         "term": null,
         *         "content": null
         *       },
         *       "clickIds": [
         *         "gclid"
         *       ],
         *       "consent": "granted_cookie",
         *       "pixels": [
         *         {
         *           "id": "pix_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "outcome": "fire"
         *         }
         *       ]
         *     }
         */
        ClickEventItem: {
            /**
             * @description The click’s id: the dedup key its pixel events and conversions carry.
             * @example clk_01kbmz3f8r9c2v6x4n7q5t8w0y
             */
            id: string;
            /** @example lnk_01kbmz3f8r9c2v6x4n7q5t8w0y */
            linkId: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            at: string;
            /** @description ISO 3166-1 alpha-2; null when unknown. */
            country: string | null;
            /** @enum {string} */
            device: "desktop" | "mobile" | "tablet" | "other";
            os: string | null;
            browser: string | null;
            referrerHost: string | null;
            /** @description The UTM parameters of the visit to the short link. */
            utm: {
                source: string | null;
                medium: string | null;
                campaign: string | null;
                term: string | null;
                content: string | null;
            };
            /** @description Names of the ad click ids the visit carried; never their values. */
            clickIds: ("fbclid" | "gclid" | "gbraid" | "wbraid" | "ttclid" | "li_fat_id" | "twclid" | "msclkid" | "epik" | "ScCid" | "rdt_cid")[];
            /**
             * @description How consent was decided for the click (docs/consent.md).
             * @enum {string}
             */
            consent: "bot" | "no_pixels" | "suppressed_gpc" | "denied_cookie" | "policy_never" | "not_required" | "granted_cookie" | "granted_tcf" | "denied_tcf" | "prompt" | "suppressed_region" | "granted_prompt" | "denied_prompt";
            /** @description Each pixel consent was decided for: `fire`, or why it did not. */
            pixels: {
                /** @example pix_01kbmz3f8r9c2v6x4n7q5t8w0y */
                id: string;
                /** @enum {string} */
                outcome: "fire" | "bot" | "gpc" | "declined" | "tcf_denied" | "no_consent" | "awaiting_choice";
            }[];
        };
        LeadCreatedMessage: {
            /** @enum {string} */
            type: "lead.created";
            /**
             * Format: date-time
             * @description When the event happened (ISO 8601, UTC).
             * @example 2026-12-01T09:30:00.000Z
             */
            timestamp: string;
            data: components["schemas"]["ConversionEventData"];
        };
        /**
         * @description A lead or a sale tracked against a click (`POST /track/lead`, `POST /track/sale`).
         * @example {
         *       "id": "cnv_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "eventName": "purchase",
         *       "clickId": "clk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "linkId": "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "campaign": "spring",
         *       "customerId": "cus_123",
         *       "amount": 4900,
         *       "currency": "EUR",
         *       "invoiceId": "inv_1001",
         *       "createdAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        ConversionEventData: {
            /** @example cnv_01kbmz3f8r9c2v6x4n7q5t8w0y */
            id: string;
            /** @description The name the lead or sale was tracked with (`sign_up`, `purchase`, …). */
            eventName: string;
            /** @example clk_01kbmz3f8r9c2v6x4n7q5t8w0y */
            clickId: string;
            /** @example lnk_01kbmz3f8r9c2v6x4n7q5t8w0y */
            linkId: string;
            /** @description The click’s `utm_campaign`, when it had one. */
            campaign: string | null;
            /** @description The customer’s id in your own system, as tracked. Never the e-mail or phone. */
            customerId: string;
            /** @description Sales: the amount in minor units (cents); null for leads. */
            amount: number | null;
            /** @description Sales: ISO 4217 code; null for leads. */
            currency: string | null;
            invoiceId: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
        };
        SaleCreatedMessage: {
            /** @enum {string} */
            type: "sale.created";
            /**
             * Format: date-time
             * @description When the event happened (ISO 8601, UTC).
             * @example 2026-12-01T09:30:00.000Z
             */
            timestamp: string;
            data: components["schemas"]["ConversionEventData"];
        };
        AudienceReadyMessage: {
            /** @enum {string} */
            type: "audience.ready";
            /**
             * Format: date-time
             * @description When the event happened (ISO 8601, UTC).
             * @example 2026-12-01T09:30:00.000Z
             */
            timestamp: string;
            data: components["schemas"]["AudienceReadyData"];
        };
        /**
         * @description Sent once per pixel, when its audience first reaches the platform’s minimum size.
         * @example {
         *       "pixelId": "pix_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "platform": "meta",
         *       "tagId": "123456789012345",
         *       "name": "Main Meta pixel",
         *       "visitors": 1012,
         *       "minimum": 1000,
         *       "lookbackDays": 180
         *     }
         */
        AudienceReadyData: {
            /** @example pix_01kbmz3f8r9c2v6x4n7q5t8w0y */
            pixelId: string;
            /** @enum {string} */
            platform: "meta" | "google_ads" | "ga4" | "linkedin" | "tiktok" | "x" | "pinterest" | "snapchat" | "reddit" | "microsoft" | "quora";
            tagId: string;
            name: string;
            /** @description Distinct visitors the pixel reached within `lookbackDays` (estimated within about 1 %). */
            visitors: number;
            /** @description The platform’s minimum audience size (docs/analytics.md; AUDIENCE_MINIMUMS overrides it). */
            minimum: number;
            lookbackDays: number;
        };
        PixelDeliveryFailingMessage: {
            /** @enum {string} */
            type: "pixel.delivery_failing";
            /**
             * Format: date-time
             * @description When the event happened (ISO 8601, UTC).
             * @example 2026-12-01T09:30:00.000Z
             */
            timestamp: string;
            data: components["schemas"]["PixelDeliveryFailingData"];
        };
        /**
         * @description Server-side delivery to the pixel’s platform has failed without a success for PIXEL_FAILING_ALERT_MINUTES. Sent once per failing spell.
         * @example {
         *       "pixelId": "pix_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "platform": "meta",
         *       "tagId": "123456789012345",
         *       "name": "Main Meta pixel",
         *       "failingSince": "2026-12-01T09:30:00.000Z",
         *       "lastError": "HTTP 401: Invalid OAuth access token",
         *       "lastErrorAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        PixelDeliveryFailingData: {
            /** @example pix_01kbmz3f8r9c2v6x4n7q5t8w0y */
            pixelId: string;
            /** @enum {string} */
            platform: "meta" | "google_ads" | "ga4" | "linkedin" | "tiktok" | "x" | "pinterest" | "snapchat" | "reddit" | "microsoft" | "quora";
            tagId: string;
            name: string;
            /**
             * Format: date-time
             * @description When the first of the failures since the last success happened.
             * @example 2026-12-01T09:30:00.000Z
             */
            failingSince: string;
            /** @description The platform’s last answer or the network error, in words. */
            lastError: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            lastErrorAt: string | null;
        };
        WebhookTestMessage: {
            /** @enum {string} */
            type: "webhook.test";
            /**
             * Format: date-time
             * @description When the event happened (ISO 8601, UTC).
             * @example 2026-12-01T09:30:00.000Z
             */
            timestamp: string;
            data: components["schemas"]["WebhookTestData"];
        };
        /**
         * @description Sent when someone asks for a test event.
         * @example {
         *       "webhookId": "whk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "message": "A test event from Ricochet."
         *     }
         */
        WebhookTestData: {
            /** @example whk_01kbmz3f8r9c2v6x4n7q5t8w0y */
            webhookId: string;
            message: string;
        };
        /**
         * @example {
         *       "created": 1,
         *       "failed": 1,
         *       "results": [
         *         {
         *           "index": 0,
         *           "ok": true,
         *           "link": {
         *             "id": "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *             "url": "https://example.com/article?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale",
         *             "slug": "spring-sale",
         *             "domain": "go.example.com",
         *             "shortUrl": "https://go.example.com/spring-sale",
         *             "externalId": "cms-article-8812",
         *             "title": "Spring sale announcement",
         *             "tags": [
         *               "spring"
         *             ],
         *             "folderId": "fld_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *             "pixelIds": [
         *               "pix_01kbmz3f8r9c2v6x4n7q5t8w0y"
         *             ],
         *             "utm": {
         *               "source": "newsletter",
         *               "medium": "email",
         *               "campaign": "spring-sale",
         *               "term": null,
         *               "content": null
         *             },
         *             "redirectType": 302,
         *             "forwardQuery": true,
         *             "expiresAt": null,
         *             "expiredUrl": null,
         *             "maxClicks": null,
         *             "limitUrl": null,
         *             "hasPassword": false,
         *             "rules": [],
         *             "consent": null,
         *             "event": null,
         *             "og": null,
         *             "serverOnly": false,
         *             "conversionTracking": null,
         *             "humanClicks": 1520,
         *             "clicks": 1520,
         *             "createdAt": "2026-12-01T09:30:00.000Z",
         *             "updatedAt": "2026-12-01T09:30:00.000Z"
         *           }
         *         },
         *         {
         *           "index": 1,
         *           "ok": false,
         *           "error": {
         *             "code": "SLUG_TAKEN",
         *             "message": "This slug is already used on this domain.",
         *             "details": {
         *               "field": "slug"
         *             }
         *           }
         *         }
         *       ]
         *     }
         */
        LinkBulkCreateResult: {
            created: number;
            failed: number;
            /** @description One result per item, in input order; `ok` says which shape it has. */
            results: ({
                index: number;
                /** @enum {boolean} */
                ok: true;
                link: components["schemas"]["Link"];
            } | {
                index: number;
                /** @enum {boolean} */
                ok: false;
                error: components["schemas"]["BulkItemError"];
            })[];
        };
        /**
         * @example {
         *       "id": "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "url": "https://example.com/article?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale",
         *       "slug": "spring-sale",
         *       "domain": "go.example.com",
         *       "shortUrl": "https://go.example.com/spring-sale",
         *       "externalId": "cms-article-8812",
         *       "title": "Spring sale announcement",
         *       "tags": [
         *         "spring"
         *       ],
         *       "folderId": "fld_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "pixelIds": [
         *         "pix_01kbmz3f8r9c2v6x4n7q5t8w0y"
         *       ],
         *       "utm": {
         *         "source": "newsletter",
         *         "medium": "email",
         *         "campaign": "spring-sale",
         *         "term": null,
         *         "content": null
         *       },
         *       "redirectType": 302,
         *       "forwardQuery": true,
         *       "expiresAt": null,
         *       "expiredUrl": null,
         *       "maxClicks": null,
         *       "limitUrl": null,
         *       "hasPassword": false,
         *       "rules": [],
         *       "consent": null,
         *       "event": null,
         *       "og": null,
         *       "serverOnly": false,
         *       "conversionTracking": null,
         *       "humanClicks": 1520,
         *       "clicks": 1520,
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "updatedAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        Link: {
            /** @example lnk_01kbmz3f8r9c2v6x4n7q5t8w0y */
            id: string;
            /**
             * Format: uri
             * @description Destination, UTM parameters included.
             */
            url: string;
            slug: string;
            /** @description Hostname the short link lives on. */
            domain: string;
            /** Format: uri */
            shortUrl: string;
            externalId: string | null;
            title: string | null;
            tags: string[];
            /** @description The folder (campaign) the link is filed in. */
            folderId: string | null;
            pixelIds: string[];
            utm: components["schemas"]["Utm"];
            /**
             * @example 302
             * @enum {integer}
             */
            redirectType: 301 | 302 | 307 | 308;
            forwardQuery: boolean;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            expiresAt: string | null;
            /** Format: uri */
            expiredUrl: string | null;
            maxClicks: number | null;
            /** Format: uri */
            limitUrl: string | null;
            hasPassword: boolean;
            rules: components["schemas"]["RoutingRule"][];
            consent: components["schemas"]["ConsentSettingsOverride"];
            event: {
                name: string;
                params: {
                    [key: string]: string;
                };
            } | null;
            og: components["schemas"]["OpenGraph"];
            serverOnly: boolean;
            /** @description Null: the workspace’s setting applies. */
            conversionTracking: boolean | null;
            /** @description Clicks by people, repeats included; bots and link previews are not in it. So far, as `humanClicks` in stats. */
            humanClicks: number;
            /**
             * @deprecated
             * @description Deprecated: the same number as `humanClicks`. In stats, `clicks` means human clicks plus bots; read `humanClicks` here.
             */
            clicks: number;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            updatedAt: string;
        };
        /**
         * @description The UTM parameters of the destination URL (null: absent).
         * @example {
         *       "source": "newsletter",
         *       "medium": "email",
         *       "campaign": "spring-sale",
         *       "term": null,
         *       "content": null
         *     }
         */
        Utm: {
            source: string | null;
            medium: string | null;
            campaign: string | null;
            term: string | null;
            content: string | null;
        };
        /**
         * @example {
         *       "when": {
         *         "country": [
         *           "DE",
         *           "AT"
         *         ]
         *       },
         *       "url": "https://example.com/de/article"
         *     }
         */
        RoutingRule: {
            when: {
                /**
                 * @description ISO 3166-1 alpha-2 codes, any of.
                 * @example [
                 *       "DE",
                 *       "AT"
                 *     ]
                 */
                country?: string[];
                /**
                 * @example [
                 *       "mobile"
                 *     ]
                 */
                device?: ("desktop" | "mobile" | "tablet" | "other")[];
                /**
                 * @example [
                 *       "iOS"
                 *     ]
                 */
                os?: string[];
                /**
                 * @example [
                 *       "Safari"
                 *     ]
                 */
                browser?: string[];
                /**
                 * @example [
                 *       "de"
                 *     ]
                 */
                language?: string[];
            };
            /**
             * Format: uri
             * @description Where matching visitors go.
             * @example https://example.com/article
             */
            url: string;
        };
        /**
         * @description Per-link override of the workspace consent defaults.
         * @example {
         *       "policy": "always",
         *       "optInAction": "ask"
         *     }
         */
        ConsentSettingsOverride: {
            /** @enum {string} */
            policy?: "regional" | "always" | "never";
            /** @enum {string} */
            optInAction?: "skip" | "ask";
        } | null;
        /**
         * @example {
         *       "title": "Spring sale",
         *       "description": "Everything 20 % off",
         *       "image": "https://example.com/sale.png"
         *     }
         */
        OpenGraph: {
            title?: string;
            description?: string;
            /**
             * Format: uri
             * @description Preview image URL.
             * @example https://example.com/article
             */
            image?: string;
        } | null;
        /**
         * @example {
         *       "code": "SLUG_TAKEN",
         *       "message": "This slug is already used on this domain.",
         *       "details": {
         *         "field": "slug"
         *       }
         *     }
         */
        BulkItemError: {
            code: components["schemas"]["ErrorCode"];
            message: string;
            details?: components["schemas"]["ErrorDetails"];
        };
        /**
         * @description A code of the error catalogue (docs/errors.md). New codes may be added within v1.
         * @example LINK_NOT_FOUND
         * @enum {string}
         */
        ErrorCode: "MALFORMED_JSON" | "INVALID_QUERY" | "INVALID_CURSOR" | "BAD_REQUEST" | "REQUEST_TIMEOUT" | "HEADERS_TOO_LARGE" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "LINK_NOT_FOUND" | "PIXEL_NOT_FOUND" | "DOMAIN_NOT_FOUND" | "FOLDER_NOT_FOUND" | "UTM_TEMPLATE_NOT_FOUND" | "VIEW_NOT_FOUND" | "API_KEY_NOT_FOUND" | "CLICK_NOT_FOUND" | "CONVERSION_NOT_FOUND" | "CUSTOMER_NOT_FOUND" | "WORKSPACE_NOT_FOUND" | "WEBHOOK_NOT_FOUND" | "WEBHOOK_MESSAGE_NOT_FOUND" | "SLUG_TAKEN" | "EXTERNAL_ID_TAKEN" | "PIXEL_DUPLICATE" | "FOLDER_NAME_TAKEN" | "DOMAIN_TAKEN" | "DOMAIN_IN_USE" | "SERVER_NOT_CONFIGURED" | "INVOICE_CONFLICT" | "WORKSPACE_EXISTS" | "IMPORT_UNFINISHED" | "LAST_OWNER_KEY" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "VALIDATION_FAILED" | "URL_UNSAFE" | "DESTINATION_BLOCKED" | "SLUG_INVALID" | "SLUG_RESERVED" | "DOMAIN_INVALID" | "DOMAIN_UNKNOWN" | "FOLDER_UNKNOWN" | "PIXEL_UNKNOWN" | "LINK_UNKNOWN" | "WEBHOOK_URL_FORBIDDEN" | "WEBHOOK_URL_UNRESOLVABLE" | "WEBHOOK_LIMIT_REACHED" | "PIXEL_ID_INVALID" | "EXPIRES_IN_PAST" | "CSV_INVALID" | "ROLE_NOT_GRANTABLE" | "SERVER_EVENTS_UNSUPPORTED" | "SERVER_SETTINGS_INVALID" | "TEST_MODE_UNAVAILABLE" | "ATTRIBUTION_EXPIRED" | "BULK_TOO_LARGE" | "RATE_LIMITED" | "AUTH_RATE_LIMITED" | "LINK_RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE";
        /**
         * @description Machine-readable context of an error; which properties appear depends on `code`.
         * @example {
         *       "field": "slug"
         *     }
         */
        ErrorDetails: {
            /**
             * @description The request field at fault (`slug`, `rules[2].url`, `from`).
             * @example slug
             */
            field?: string;
            /**
             * @description Why a URL (`URL_UNSAFE`) or a hostname (`DOMAIN_INVALID`) was refused, or where a webhook URL leads (`WEBHOOK_URL_FORBIDDEN`: `loopback`, `private`, `link_local`, `metadata`, `reserved`).
             * @example scheme
             * @enum {string}
             */
            reason?: "empty" | "too_long" | "control_chars" | "whitespace" | "not_absolute" | "scheme" | "credentials" | "host" | "empty_label" | "label" | "host_too_long" | "characters" | "port" | "invalid" | "ipv6" | "loopback" | "private" | "link_local" | "metadata" | "reserved" | "not_an_address";
            /**
             * @description The destination host that is on the blocklist (`DESTINATION_BLOCKED`), or the host name of a refused webhook URL (`WEBHOOK_URL_FORBIDDEN`, `WEBHOOK_URL_UNRESOLVABLE`).
             * @example phish.example
             */
            host?: string;
            /**
             * @description The address a webhook URL is or resolves to that is not allowed (`WEBHOOK_URL_FORBIDDEN`).
             * @example 10.0.0.7
             */
            address?: string;
            /** @description Each problem a schema check found (`VALIDATION_FAILED`, `INVALID_QUERY`). */
            issues?: components["schemas"]["ValidationIssue"][];
            /**
             * @description Pixel ids that are not in this workspace (`PIXEL_UNKNOWN`).
             * @example [
             *       "pix_01kbmz3f8r9c2v6x4n7q5t8w0y"
             *     ]
             */
            pixelIds?: string[];
            /**
             * @description Seconds until a request will be accepted again (every 429); also in `Retry-After`.
             * @example 3
             */
            retryAfterSeconds?: number;
            /**
             * @description The most body bytes this operation reads (`PAYLOAD_TOO_LARGE`).
             * @example 16384
             */
            limitBytes?: number;
            /**
             * @description The link that already has this `externalId` (`EXTERNAL_ID_TAKEN`), or a webhook filter’s link id that is not in this workspace (`LINK_UNKNOWN`).
             * @example lnk_01kbmz3f8r9c2v6x4n7q5t8w0y
             */
            linkId?: string;
            /**
             * @description The pixel that already has this platform and tag id (`PIXEL_DUPLICATE`).
             * @example pix_01kbmz3f8r9c2v6x4n7q5t8w0y
             */
            pixelId?: string;
        };
        /**
         * @example {
         *       "path": "url",
         *       "message": "Invalid input: expected string, received number"
         *     }
         */
        ValidationIssue: {
            /**
             * @description Dotted path of the field (`rules.0.url`); `(root)` for the body itself, `""` for unknown keys.
             * @example url
             */
            path: string;
            /** @example Invalid input: expected string, received number */
            message: string;
            /**
             * @description The unknown fields, for an `unrecognized_keys` issue.
             * @example [
             *       "colour"
             *     ]
             */
            keys?: string[];
        };
        /**
         * @example {
         *       "error": {
         *         "code": "UNAUTHENTICATED",
         *         "message": "Send a valid API key as `Authorization: Bearer <key>`."
         *       }
         *     }
         */
        UnauthenticatedError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "UNAUTHENTICATED";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "error": {
         *         "code": "FORBIDDEN",
         *         "message": "Your API key’s role does not allow this action."
         *       }
         *     }
         */
        ForbiddenError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "FORBIDDEN";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "error": {
         *         "code": "PAYLOAD_TOO_LARGE",
         *         "message": "The request body is larger than this endpoint accepts (`details.limitBytes`); the connection is closed."
         *       }
         *     }
         */
        PayloadTooLargeError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "PAYLOAD_TOO_LARGE";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "error": {
         *         "code": "UNSUPPORTED_MEDIA_TYPE",
         *         "message": "Send the request body as `Content-Type: application/json`."
         *       }
         *     }
         */
        UnsupportedMediaTypeError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "UNSUPPORTED_MEDIA_TYPE";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "error": {
         *         "code": "INTERNAL",
         *         "message": "Something went wrong on our side."
         *       }
         *     }
         */
        InternalError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "INTERNAL";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "error": {
         *         "code": "UNAVAILABLE",
         *         "message": "The database is not reachable right now."
         *       }
         *     }
         */
        UnavailableError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "UNAVAILABLE";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "links": [
         *         {
         *           "url": "https://example.com/a",
         *           "slug": "a"
         *         },
         *         {
         *           "url": "https://example.com/b",
         *           "tags": [
         *             "spring"
         *           ]
         *         }
         *       ]
         *     }
         */
        LinkBulkCreate: {
            /** @description Up to 1,000 links; each is validated and created on its own. */
            links: components["schemas"]["LinkCreate"][];
        };
        /**
         * @example {
         *       "updated": 1,
         *       "failed": 0,
         *       "results": [
         *         {
         *           "id": "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "ok": true,
         *           "link": {
         *             "id": "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *             "url": "https://example.com/article?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale",
         *             "slug": "spring-sale",
         *             "domain": "go.example.com",
         *             "shortUrl": "https://go.example.com/spring-sale",
         *             "externalId": "cms-article-8812",
         *             "title": "Spring sale announcement",
         *             "tags": [
         *               "spring"
         *             ],
         *             "folderId": "fld_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *             "pixelIds": [
         *               "pix_01kbmz3f8r9c2v6x4n7q5t8w0y"
         *             ],
         *             "utm": {
         *               "source": "newsletter",
         *               "medium": "email",
         *               "campaign": "spring-sale",
         *               "term": null,
         *               "content": null
         *             },
         *             "redirectType": 302,
         *             "forwardQuery": true,
         *             "expiresAt": null,
         *             "expiredUrl": null,
         *             "maxClicks": null,
         *             "limitUrl": null,
         *             "hasPassword": false,
         *             "rules": [],
         *             "consent": null,
         *             "event": null,
         *             "og": null,
         *             "serverOnly": false,
         *             "conversionTracking": null,
         *             "humanClicks": 1520,
         *             "clicks": 1520,
         *             "createdAt": "2026-12-01T09:30:00.000Z",
         *             "updatedAt": "2026-12-01T09:30:00.000Z"
         *           }
         *         }
         *       ]
         *     }
         */
        LinkBulkUpdateResult: {
            updated: number;
            failed: number;
            /** @description One result per id, in input order. */
            results: ({
                id: string;
                /** @enum {boolean} */
                ok: true;
                link: components["schemas"]["Link"];
            } | {
                id: string;
                /** @enum {boolean} */
                ok: false;
                error: components["schemas"]["BulkItemError"];
            })[];
        };
        /**
         * @example {
         *       "error": {
         *         "code": "VALIDATION_FAILED",
         *         "message": "The request body does not match the schema."
         *       }
         *     }
         */
        ValidationFailedError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "VALIDATION_FAILED";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "ids": [
         *         "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y"
         *       ],
         *       "update": {
         *         "tags": [
         *           "archived"
         *         ]
         *       }
         *     }
         */
        LinkBulkUpdate: {
            /**
             * @description Up to 1,000 link ids.
             * @example [
             *       "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y"
             *     ]
             */
            ids: string[];
            update: components["schemas"]["LinkBulkUpdateFields"];
        };
        /**
         * @description Applied to every link as by `PATCH /links/{id}`, plus relative edits (`addTags`, `removeTags`, `addPixelIds`, `removePixelIds`) that keep what each link has. Fields that identify one link (`slug`, `domain`, `externalId`) cannot be set in bulk.
         * @example {
         *       "addTags": [
         *         "archived"
         *       ],
         *       "folderId": "fld_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "expiresAt": "2026-12-31T23:59:59Z"
         *     }
         */
        LinkBulkUpdateFields: {
            /**
             * Format: uri
             * @description New destination.
             * @example https://example.com/article
             */
            url?: string;
            /** @example Spring sale announcement */
            title?: string | null;
            /**
             * @description Replaces the link’s tags. Absent: unchanged.
             * @example [
             *       "spring"
             *     ]
             */
            tags?: string[];
            /**
             * @description The folder (campaign) to file the link in; 422 `FOLDER_UNKNOWN` if it is not one of this workspace’s.
             * @example fld_01kbmz3f8r9c2v6x4n7q5t8w0y
             */
            folderId?: string | null;
            /**
             * @description Replaces the link’s pixels; `[]` detaches all. Absent: unchanged.
             * @example [
             *       "pix_01kbmz3f8r9c2v6x4n7q5t8w0y"
             *     ]
             */
            pixelIds?: string[];
            /**
             * @description Per parameter: a value sets it, `null` removes it. `utm: null` removes every UTM parameter from the destination.
             * @example {
             *       "campaign": "summer-sale",
             *       "content": null
             *     }
             */
            utm?: {
                source?: string | null;
                medium?: string | null;
                campaign?: string | null;
                term?: string | null;
                content?: string | null;
            } | null;
            /**
             * @description Status of a direct redirect.
             * @example 302
             * @enum {integer}
             */
            redirectType?: 301 | 302 | 307 | 308;
            /** @description Merge the incoming query string into the destination. Ad click ids are always kept. */
            forwardQuery?: boolean;
            /**
             * Format: date-time
             * @description After this instant the link answers with `expiredUrl` or a 410 page.
             * @example 2026-12-31T23:59:59Z
             */
            expiresAt?: string | null;
            /**
             * Format: uri
             * @description Where an expired link goes.
             * @example https://example.com/article
             */
            expiredUrl?: string | null;
            /**
             * @description Human clicks after which the link stops redirecting to `url`.
             * @example 1000
             */
            maxClicks?: number | null;
            /**
             * Format: uri
             * @description Where a link that reached `maxClicks` goes.
             * @example https://example.com/article
             */
            limitUrl?: string | null;
            /** @description Visitors must enter it first. Write-only: responses say `hasPassword`. */
            password?: string | null;
            rules?: components["schemas"]["RoutingRule"][];
            consent?: components["schemas"]["ConsentSettingsOverride"];
            event?: components["schemas"]["AudienceEvent"];
            og?: components["schemas"]["OpenGraph"];
            /** @description A plain 302 with no interstitial, even when pixels may fire: the pixels with server-side events set up get them from the server (docs/conversions.md). Nothing runs in the browser, so platforms match on less (no pixel cookies). Default false. */
            serverOnly?: boolean;
            /** @description Append the click id to the destination as `rc_click` so the destination can report leads and sales (`POST /track/lead`, `/track/sale`). `null`: the workspace’s setting (the default). */
            conversionTracking?: boolean | null;
            /**
             * @description Tags to add to each link’s own (after `tags`, if given).
             * @example [
             *       "summer"
             *     ]
             */
            addTags?: string[];
            /**
             * @description Tags to take off each link.
             * @example [
             *       "spring"
             *     ]
             */
            removeTags?: string[];
            /**
             * @description Pixels to attach to each link besides its own.
             * @example [
             *       "pix_01kbmz3f8r9c2v6x4n7q5t8w0y"
             *     ]
             */
            addPixelIds?: string[];
            /**
             * @description Pixels to detach from each link.
             * @example [
             *       "pix_01kbmz3f8r9c2v6x4n7q5t8w0y"
             *     ]
             */
            removePixelIds?: string[];
        };
        /**
         * @example {
         *       "name": "read_article",
         *       "params": {
         *         "topic": "running"
         *       }
         *     }
         */
        AudienceEvent: {
            /**
             * @description Audience event name (default `ricochet_click`).
             * @example ricochet_click
             */
            name?: string;
            /**
             * @description Sent with the event on the interstitial: at most 20 params, 4096 bytes of keys and values together.
             * @example {
             *       "campaign": "spring",
             *       "topic": "running"
             *     }
             */
            params?: {
                [key: string]: string;
            };
        } | null;
        /**
         * @example {
         *       "deleted": 1,
         *       "failed": 1,
         *       "results": [
         *         {
         *           "id": "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "ok": true
         *         },
         *         {
         *           "id": "lnk_unknown",
         *           "ok": false,
         *           "error": {
         *             "code": "LINK_NOT_FOUND",
         *             "message": "No link with this id in this workspace."
         *           }
         *         }
         *       ]
         *     }
         */
        LinkBulkDeleteResult: {
            deleted: number;
            failed: number;
            /** @description One result per id, in input order; an id that is not a link of this workspace fails with `LINK_NOT_FOUND`. */
            results: ({
                id: string;
                /** @enum {boolean} */
                ok: true;
            } | {
                id: string;
                /** @enum {boolean} */
                ok: false;
                error: components["schemas"]["BulkItemError"];
            })[];
        };
        /**
         * @example {
         *       "error": {
         *         "code": "LINK_NOT_FOUND",
         *         "message": "No link with this id in this workspace."
         *       }
         *     }
         */
        LinkNotFoundError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "LINK_NOT_FOUND";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @description Created with these fields if no link has the `externalId` yet; otherwise each field present is applied as by `PATCH` and absent fields stay.
         * @example {
         *       "url": "https://example.com/article",
         *       "tags": [
         *         "spring"
         *       ],
         *       "utm": {
         *         "source": "newsletter",
         *         "medium": "email",
         *         "campaign": "spring-sale"
         *       }
         *     }
         */
        LinkUpsert: {
            /**
             * Format: uri
             * @description Destination: an absolute http(s) URL, at most 8 KB.
             * @example https://example.com/article
             */
            url: string;
            /**
             * @description Case-sensitive; random when absent.
             * @example spring-sale
             */
            slug?: string;
            /**
             * @description A registered custom domain; the default domain when absent.
             * @example go.example.com
             */
            domain?: string;
            /** @example Spring sale announcement */
            title?: string | null;
            /**
             * @example [
             *       "spring",
             *       "newsletter"
             *     ]
             */
            tags?: string[];
            /**
             * @description The folder (campaign) to file the link in; 422 `FOLDER_UNKNOWN` if it is not one of this workspace’s.
             * @example fld_01kbmz3f8r9c2v6x4n7q5t8w0y
             */
            folderId?: string | null;
            /**
             * @description Pixels to fire; absent → the workspace’s default pixels, `[]` → none.
             * @example [
             *       "pix_01kbmz3f8r9c2v6x4n7q5t8w0y"
             *     ]
             */
            pixelIds?: string[];
            utm?: components["schemas"]["UtmParameters"];
            /**
             * @description Status of a direct redirect; default 302.
             * @example 302
             * @enum {integer}
             */
            redirectType?: 301 | 302 | 307 | 308;
            /** @description Merge the incoming query string into the destination (default true). Ad click ids are always kept. */
            forwardQuery?: boolean;
            /**
             * Format: date-time
             * @description After this instant the link answers with `expiredUrl` or a 410 page.
             * @example 2026-12-31T23:59:59Z
             */
            expiresAt?: string | null;
            /**
             * Format: uri
             * @description Where an expired link goes.
             * @example https://example.com/article
             */
            expiredUrl?: string | null;
            /**
             * @description Human clicks after which the link stops redirecting to `url`.
             * @example 1000
             */
            maxClicks?: number | null;
            /**
             * Format: uri
             * @description Where a link that reached `maxClicks` goes.
             * @example https://example.com/article
             */
            limitUrl?: string | null;
            /** @description Visitors must enter it first. Write-only: responses say `hasPassword`. */
            password?: string | null;
            rules?: components["schemas"]["RoutingRule"][];
            consent?: components["schemas"]["ConsentSettingsOverride"];
            event?: components["schemas"]["AudienceEvent"];
            og?: components["schemas"]["OpenGraph"];
            /** @description A plain 302 with no interstitial, even when pixels may fire: the pixels with server-side events set up get them from the server (docs/conversions.md). Nothing runs in the browser, so platforms match on less (no pixel cookies). Default false. */
            serverOnly?: boolean;
            /** @description Append the click id to the destination as `rc_click` so the destination can report leads and sales (`POST /track/lead`, `/track/sale`). `null`: the workspace’s setting (the default). */
            conversionTracking?: boolean | null;
        };
        /**
         * @description UTM parameters, written into the destination URL’s query string as `utm_source`, `utm_medium`, … (replacing any already there).
         * @example {
         *       "source": "newsletter",
         *       "medium": "email",
         *       "campaign": "spring-sale"
         *     }
         */
        UtmParameters: {
            source?: string;
            medium?: string;
            campaign?: string;
            term?: string;
            content?: string;
        };
        /**
         * @example {
         *       "url": "https://example.com/article",
         *       "slug": "spring-sale",
         *       "tags": [
         *         "spring"
         *       ],
         *       "utm": {
         *         "source": "newsletter",
         *         "medium": "email",
         *         "campaign": "spring-sale"
         *       },
         *       "pixelIds": [
         *         "pix_01kbmz3f8r9c2v6x4n7q5t8w0y"
         *       ]
         *     }
         */
        LinkCreate: {
            /**
             * Format: uri
             * @description Destination: an absolute http(s) URL, at most 8 KB.
             * @example https://example.com/article
             */
            url: string;
            /**
             * @description Case-sensitive; random when absent.
             * @example spring-sale
             */
            slug?: string;
            /**
             * @description A registered custom domain; the default domain when absent.
             * @example go.example.com
             */
            domain?: string;
            /**
             * @description Your own id for this link (e.g. a CMS or CRM id), unique in the workspace. `PUT /links/external/{externalId}` creates or updates by it.
             * @example cms-article-8812
             */
            externalId?: string;
            /** @example Spring sale announcement */
            title?: string | null;
            /**
             * @example [
             *       "spring",
             *       "newsletter"
             *     ]
             */
            tags?: string[];
            /**
             * @description The folder (campaign) to file the link in; 422 `FOLDER_UNKNOWN` if it is not one of this workspace’s.
             * @example fld_01kbmz3f8r9c2v6x4n7q5t8w0y
             */
            folderId?: string | null;
            /**
             * @description Pixels to fire; absent → the workspace’s default pixels, `[]` → none.
             * @example [
             *       "pix_01kbmz3f8r9c2v6x4n7q5t8w0y"
             *     ]
             */
            pixelIds?: string[];
            utm?: components["schemas"]["UtmParameters"];
            /**
             * @description Status of a direct redirect; default 302.
             * @example 302
             * @enum {integer}
             */
            redirectType?: 301 | 302 | 307 | 308;
            /** @description Merge the incoming query string into the destination (default true). Ad click ids are always kept. */
            forwardQuery?: boolean;
            /**
             * Format: date-time
             * @description After this instant the link answers with `expiredUrl` or a 410 page.
             * @example 2026-12-31T23:59:59Z
             */
            expiresAt?: string | null;
            /**
             * Format: uri
             * @description Where an expired link goes.
             * @example https://example.com/article
             */
            expiredUrl?: string | null;
            /**
             * @description Human clicks after which the link stops redirecting to `url`.
             * @example 1000
             */
            maxClicks?: number | null;
            /**
             * Format: uri
             * @description Where a link that reached `maxClicks` goes.
             * @example https://example.com/article
             */
            limitUrl?: string | null;
            /** @description Visitors must enter it first. Write-only: responses say `hasPassword`. */
            password?: string | null;
            rules?: components["schemas"]["RoutingRule"][];
            consent?: components["schemas"]["ConsentSettingsOverride"];
            event?: components["schemas"]["AudienceEvent"];
            og?: components["schemas"]["OpenGraph"];
            /** @description A plain 302 with no interstitial, even when pixels may fire: the pixels with server-side events set up get them from the server (docs/conversions.md). Nothing runs in the browser, so platforms match on less (no pixel cookies). Default false. */
            serverOnly?: boolean;
            /** @description Append the click id to the destination as `rc_click` so the destination can report leads and sales (`POST /track/lead`, `/track/sale`). `null`: the workspace’s setting (the default). */
            conversionTracking?: boolean | null;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "url": "https://example.com/article?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale",
         *           "slug": "spring-sale",
         *           "domain": "go.example.com",
         *           "shortUrl": "https://go.example.com/spring-sale",
         *           "externalId": "cms-article-8812",
         *           "title": "Spring sale announcement",
         *           "tags": [
         *             "spring"
         *           ],
         *           "folderId": "fld_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "pixelIds": [
         *             "pix_01kbmz3f8r9c2v6x4n7q5t8w0y"
         *           ],
         *           "utm": {
         *             "source": "newsletter",
         *             "medium": "email",
         *             "campaign": "spring-sale",
         *             "term": null,
         *             "content": null
         *           },
         *           "redirectType": 302,
         *           "forwardQuery": true,
         *           "expiresAt": null,
         *           "expiredUrl": null,
         *           "maxClicks": null,
         *           "limitUrl": null,
         *           "hasPassword": false,
         *           "rules": [],
         *           "consent": null,
         *           "event": null,
         *           "og": null,
         *           "serverOnly": false,
         *           "conversionTracking": null,
         *           "humanClicks": 1520,
         *           "clicks": 1520,
         *           "createdAt": "2026-12-01T09:30:00.000Z",
         *           "updatedAt": "2026-12-01T09:30:00.000Z"
         *         }
         *       ],
         *       "nextCursor": "bG5rXzAxa2JtejNmOHI5YzJ2Nng0bjdxNXQ4dzB5",
         *       "hasMore": true
         *     }
         */
        LinkPage: {
            data: components["schemas"]["Link"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Whether another page follows. */
            hasMore: boolean;
        };
        /**
         * @example {
         *       "error": {
         *         "code": "DOMAIN_UNKNOWN",
         *         "message": "The link’s domain is not registered in this workspace."
         *       }
         *     }
         */
        DomainUnknownError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "DOMAIN_UNKNOWN";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "title": "Spring sale (extended)",
         *       "utm": {
         *         "campaign": "spring-sale-extended"
         *       },
         *       "expiresAt": "2026-12-31T23:59:59Z"
         *     }
         */
        LinkUpdate: {
            /**
             * Format: uri
             * @description New destination.
             * @example https://example.com/article
             */
            url?: string;
            /**
             * @description New slug (case-sensitive); 409 `SLUG_TAKEN` if used on the domain.
             * @example spring-sale-2
             */
            slug?: string;
            /**
             * @description Move the link to another registered domain (or the default one).
             * @example go.example.com
             */
            domain?: string;
            /**
             * @description Set or (with `null`) clear your own id for this link.
             * @example cms-article-8812
             */
            externalId?: string | null;
            /** @example Spring sale announcement */
            title?: string | null;
            /**
             * @description Replaces the link’s tags. Absent: unchanged.
             * @example [
             *       "spring"
             *     ]
             */
            tags?: string[];
            /**
             * @description The folder (campaign) to file the link in; 422 `FOLDER_UNKNOWN` if it is not one of this workspace’s.
             * @example fld_01kbmz3f8r9c2v6x4n7q5t8w0y
             */
            folderId?: string | null;
            /**
             * @description Replaces the link’s pixels; `[]` detaches all. Absent: unchanged.
             * @example [
             *       "pix_01kbmz3f8r9c2v6x4n7q5t8w0y"
             *     ]
             */
            pixelIds?: string[];
            /**
             * @description Per parameter: a value sets it, `null` removes it. `utm: null` removes every UTM parameter from the destination.
             * @example {
             *       "campaign": "summer-sale",
             *       "content": null
             *     }
             */
            utm?: {
                source?: string | null;
                medium?: string | null;
                campaign?: string | null;
                term?: string | null;
                content?: string | null;
            } | null;
            /**
             * @description Status of a direct redirect.
             * @example 302
             * @enum {integer}
             */
            redirectType?: 301 | 302 | 307 | 308;
            /** @description Merge the incoming query string into the destination. Ad click ids are always kept. */
            forwardQuery?: boolean;
            /**
             * Format: date-time
             * @description After this instant the link answers with `expiredUrl` or a 410 page.
             * @example 2026-12-31T23:59:59Z
             */
            expiresAt?: string | null;
            /**
             * Format: uri
             * @description Where an expired link goes.
             * @example https://example.com/article
             */
            expiredUrl?: string | null;
            /**
             * @description Human clicks after which the link stops redirecting to `url`.
             * @example 1000
             */
            maxClicks?: number | null;
            /**
             * Format: uri
             * @description Where a link that reached `maxClicks` goes.
             * @example https://example.com/article
             */
            limitUrl?: string | null;
            /** @description Visitors must enter it first. Write-only: responses say `hasPassword`. */
            password?: string | null;
            rules?: components["schemas"]["RoutingRule"][];
            consent?: components["schemas"]["ConsentSettingsOverride"];
            event?: components["schemas"]["AudienceEvent"];
            og?: components["schemas"]["OpenGraph"];
            /** @description A plain 302 with no interstitial, even when pixels may fire: the pixels with server-side events set up get them from the server (docs/conversions.md). Nothing runs in the browser, so platforms match on less (no pixel cookies). Default false. */
            serverOnly?: boolean;
            /** @description Append the click id to the destination as `rc_click` so the destination can report leads and sales (`POST /track/lead`, `/track/sale`). `null`: the workspace’s setting (the default). */
            conversionTracking?: boolean | null;
        };
        /**
         * @example {
         *       "locked": true,
         *       "failures": 100,
         *       "lockedAt": "2026-12-01T09:30:00.000Z",
         *       "lockedUntil": "2026-12-01T09:45:00.000Z"
         *     }
         */
        PasswordLockout: {
            /** @description Whether the link’s password form refuses every try (429) right now. */
            locked: boolean;
            /** @description Wrong passwords that caused the lock (PASSWORD_LINK_ATTEMPTS). */
            failures: number | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            lockedAt: string | null;
            /**
             * Format: date-time
             * @description When the form opens again by itself.
             * @example 2026-12-01T09:30:00.000Z
             */
            lockedUntil: string | null;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "aud_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "at": "2026-12-01T09:30:00.000Z",
         *           "actor": {
         *             "type": "key",
         *             "id": "key_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *             "name": "CRM sync"
         *           },
         *           "action": "link.update",
         *           "target": {
         *             "type": "link",
         *             "id": "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y"
         *           },
         *           "details": {
         *             "fields": [
         *               "tags",
         *               "url"
         *             ]
         *           }
         *         }
         *       ],
         *       "nextCursor": "bG5rXzAxa2JtejNmOHI5YzJ2Nng0bjdxNXQ4dzB5",
         *       "hasMore": true
         *     }
         */
        AuditEventPage: {
            data: components["schemas"]["AuditEvent"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Whether another page follows. */
            hasMore: boolean;
        };
        /**
         * @example {
         *       "id": "aud_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "at": "2026-12-01T09:30:00.000Z",
         *       "actor": {
         *         "type": "key",
         *         "id": "key_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *         "name": "CRM sync"
         *       },
         *       "action": "link.update",
         *       "target": {
         *         "type": "link",
         *         "id": "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y"
         *       },
         *       "details": {
         *         "fields": [
         *           "tags",
         *           "url"
         *         ]
         *       }
         *     }
         */
        AuditEvent: {
            /** @example aud_01kbmz3f8r9c2v6x4n7q5t8w0y */
            id: string;
            /**
             * Format: date-time
             * @description When it happened.
             * @example 2026-12-01T09:30:00.000Z
             */
            at: string;
            actor: {
                /**
                 * @description `key` (an API key; the dashboard signs in with one), `user`, `cli` (a command on the server), `system`.
                 * @enum {string}
                 */
                type: "key" | "user" | "cli" | "system";
                id: string | null;
                /** @description The key’s name at the time. */
                name: string | null;
            };
            /** @enum {string} */
            action: "link.create" | "link.update" | "link.delete" | "link.unlock" | "pixel.create" | "pixel.update" | "pixel.delete" | "pixel.server_update" | "pixel.server_delete" | "domain.create" | "domain.update" | "domain.delete" | "domain.check" | "api_key.create" | "api_key.delete" | "workspace.update" | "folder.create" | "folder.update" | "folder.delete" | "tag.update" | "utm_template.create" | "utm_template.update" | "utm_template.delete" | "view.create" | "view.delete";
            target: {
                /** @enum {string} */
                type: "link" | "pixel" | "domain" | "api_key" | "workspace" | "folder" | "tag" | "utm_template" | "view";
                id: string | null;
            };
            /** @description Which fields changed (names only), a slug, a hostname, a role. Never a secret or a password. */
            details: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "name": "spring",
         *           "links": 12,
         *           "color": "green"
         *         }
         *       ],
         *       "nextCursor": "bG5rXzAxa2JtejNmOHI5YzJ2Nng0bjdxNXQ4dzB5",
         *       "hasMore": true
         *     }
         */
        TagPage: {
            data: components["schemas"]["Tag"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Whether another page follows. */
            hasMore: boolean;
        };
        /**
         * @example {
         *       "name": "spring",
         *       "links": 12,
         *       "color": "green"
         *     }
         */
        Tag: {
            name: string;
            /** @description Links of the workspace with this tag. */
            links: number;
            /**
             * @description Set with `PUT /tags/{name}`; null is the default.
             * @enum {string|null}
             */
            color: "gray" | "red" | "orange" | "yellow" | "green" | "teal" | "blue" | "purple" | "pink" | null;
        };
        /**
         * @example {
         *       "pixelId": "pix_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "platform": "meta",
         *       "supported": true,
         *       "configured": true,
         *       "enabled": true,
         *       "settings": {
         *         "testEventCode": "TEST12345"
         *       },
         *       "credentials": {
         *         "accessToken": "••••x9Qz"
         *       },
         *       "fields": [],
         *       "testMode": "the test event code",
         *       "matchQuality": "…",
         *       "delivery": {
         *         "pending": 0,
         *         "sent": 1204,
         *         "retried": {},
         *         "failed": {
         *           "rejected": {},
         *           "dropped": {}
         *         },
         *         "lastError": null,
         *         "lastErrorReason": null,
         *         "lastErrorAt": null,
         *         "lastSuccessAt": "2026-12-01T09:30:00.000Z",
         *         "deadLetters": []
         *       }
         *     }
         */
        PixelServer: {
            /** @example pix_01kbmz3f8r9c2v6x4n7q5t8w0y */
            pixelId: string;
            /** @example meta */
            platform: string;
            /** @description Whether Ricochet can send this platform server-side events (Quora: no). */
            supported: boolean;
            configured: boolean;
            enabled: boolean;
            settings: {
                [key: string]: string;
            };
            /** @description Each stored credential, masked (`••••abcd`). The values are never returned. */
            credentials: {
                [key: string]: string;
            };
            /** @description What this platform needs. */
            fields: {
                name: string;
                label: string;
                secret: boolean;
                required: boolean;
                help: string;
            }[];
            /** @description The platform test mode "send test event" uses; null when it has none. */
            testMode: string | null;
            /** @description What a server event of this platform can be matched on, in words. */
            matchQuality: string;
            delivery: {
                pending: number;
                sent: number;
                /** @description Attempts that failed and were retried, by reason. */
                retried: {
                    network?: number;
                    timeout?: number;
                    rate_limited?: number;
                    server_error?: number;
                };
                /** @description Deliveries given up: rejected by the platform (dead-lettered) or dropped, by reason. */
                failed: {
                    rejected: {
                        invalid?: number;
                        auth?: number;
                        config?: number;
                    };
                    dropped: {
                        too_old?: number;
                        no_match_keys?: number;
                        destination_gone?: number;
                        retries_exhausted?: number;
                    };
                };
                lastError: string | null;
                lastErrorReason: string | null;
                /**
                 * Format: date-time
                 * @example 2026-12-01T09:30:00.000Z
                 */
                lastErrorAt: string | null;
                /**
                 * Format: date-time
                 * @example 2026-12-01T09:30:00.000Z
                 */
                lastSuccessAt: string | null;
                /** @description The latest deliveries the platform refused, with its message. */
                deadLetters: {
                    id: string;
                    reason: string;
                    message: string;
                    /**
                     * Format: date-time
                     * @example 2026-12-01T09:30:00.000Z
                     */
                    queuedAt: string;
                }[];
            };
        };
        /**
         * @example {
         *       "error": {
         *         "code": "PIXEL_NOT_FOUND",
         *         "message": "No pixel with this id in this workspace."
         *       }
         *     }
         */
        PixelNotFoundError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "PIXEL_NOT_FOUND";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "enabled": true,
         *       "credentials": {
         *         "accessToken": "EAABsbCS1iHgBAKZB…"
         *       },
         *       "settings": {
         *         "testEventCode": "TEST12345"
         *       }
         *     }
         */
        PixelServerUpdate: {
            /** @description Send server-side events for this pixel (default true once set up). */
            enabled?: boolean;
            /**
             * @description Plain settings of the platform (`fields` with `secret: false`); `null` or `""` removes one. Absent ones stay.
             * @example {
             *       "testEventCode": "TEST12345"
             *     }
             */
            settings?: {
                [key: string]: string | null;
            };
            /**
             * @description Credentials (`fields` with `secret: true`). Write-only: sealed at once, shown masked. A given one replaces the stored one (rotation); absent ones stay.
             * @example {
             *       "accessToken": "EAAB…"
             *     }
             */
            credentials?: {
                [key: string]: string;
            };
        };
        /**
         * @example {
         *       "error": {
         *         "code": "SERVER_NOT_CONFIGURED",
         *         "message": "This pixel has no server-side delivery set up; `PUT /pixels/{id}/server` first."
         *       }
         *     }
         */
        ServerNotConfiguredError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "SERVER_NOT_CONFIGURED";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "outcome": "sent",
         *       "reason": null,
         *       "message": null,
         *       "status": 200,
         *       "answer": "{\"events_received\":2,\"fbtrace_id\":\"A1b2\"}",
         *       "eventId": "clk_01kbmz3f8r9c2v6x4n7q5t8w0y"
         *     }
         */
        TestEventResult: {
            /**
             * @description What Ricochet makes of the answer, as for a real event.
             * @enum {string}
             */
            outcome: "sent" | "retry" | "rejected" | "dropped";
            reason: string | null;
            message: string | null;
            /** @description The platform’s HTTP status; null when it did not answer. */
            status: number | null;
            /** @description The platform’s answer (at most 2,000 characters; credentials masked). */
            answer: string | null;
            /** @description The test events’ dedup id. */
            eventId: string;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "fld_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "name": "Spring campaign",
         *           "links": 12,
         *           "createdAt": "2026-12-01T09:30:00.000Z",
         *           "updatedAt": "2026-12-01T09:30:00.000Z"
         *         }
         *       ]
         *     }
         */
        FolderList: {
            data: components["schemas"]["Folder"][];
        };
        /**
         * @example {
         *       "id": "fld_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "name": "Spring campaign",
         *       "links": 12,
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "updatedAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        Folder: {
            /** @example fld_01kbmz3f8r9c2v6x4n7q5t8w0y */
            id: string;
            name: string;
            /** @description Links filed in this folder. */
            links: number;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            updatedAt: string;
        };
        /**
         * @example {
         *       "error": {
         *         "code": "BAD_REQUEST",
         *         "message": "The request is malformed."
         *       }
         *     }
         */
        BadRequestError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "BAD_REQUEST";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "error": {
         *         "code": "FOLDER_NAME_TAKEN",
         *         "message": "This workspace already has a folder with this name."
         *       }
         *     }
         */
        FolderNameTakenError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "FOLDER_NAME_TAKEN";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "name": "Spring campaign"
         *     }
         */
        FolderCreate: {
            /** @example Spring campaign */
            name: string;
        };
        /**
         * @example {
         *       "error": {
         *         "code": "FOLDER_NOT_FOUND",
         *         "message": "No folder with this id in this workspace."
         *       }
         *     }
         */
        FolderNotFoundError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "FOLDER_NOT_FOUND";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "name": "Spring campaign 2026"
         *     }
         */
        FolderUpdate: {
            /** @example Spring campaign 2026 */
            name: string;
        };
        /**
         * @example {
         *       "name": "spring",
         *       "color": "green"
         *     }
         */
        TagColor: {
            name: string;
            /**
             * @description The tag’s colour; null for the default.
             * @example green
             * @enum {string|null}
             */
            color: "gray" | "red" | "orange" | "yellow" | "green" | "teal" | "blue" | "purple" | "pink" | null;
        };
        /**
         * @example {
         *       "color": "green"
         *     }
         */
        TagUpdate: {
            /**
             * @description The tag’s colour; null for the default.
             * @example green
             * @enum {string|null}
             */
            color: "gray" | "red" | "orange" | "yellow" | "green" | "teal" | "blue" | "purple" | "pink" | null;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "utm_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "name": "Newsletter",
         *           "utm": {
         *             "source": "newsletter",
         *             "medium": "email"
         *           },
         *           "createdAt": "2026-12-01T09:30:00.000Z",
         *           "updatedAt": "2026-12-01T09:30:00.000Z"
         *         }
         *       ]
         *     }
         */
        UtmTemplateList: {
            data: components["schemas"]["UtmTemplate"][];
        };
        /**
         * @example {
         *       "id": "utm_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "name": "Newsletter",
         *       "utm": {
         *         "source": "newsletter",
         *         "medium": "email"
         *       },
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "updatedAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        UtmTemplate: {
            /** @example utm_01kbmz3f8r9c2v6x4n7q5t8w0y */
            id: string;
            name: string;
            utm: {
                [key: string]: string;
            };
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            updatedAt: string;
        };
        /**
         * @example {
         *       "name": "Newsletter",
         *       "utm": {
         *         "source": "newsletter",
         *         "medium": "email"
         *       }
         *     }
         */
        UtmTemplateCreate: {
            /** @example Newsletter */
            name: string;
            utm: components["schemas"]["UtmTemplateValues"];
        };
        /**
         * @description The UTM values the template sets (`source` → `utm_source`, …); absent ones are left as they are.
         * @example {
         *       "source": "newsletter",
         *       "medium": "email"
         *     }
         */
        UtmTemplateValues: {
            source?: string;
            medium?: string;
            campaign?: string;
            term?: string;
            content?: string;
        };
        /**
         * @example {
         *       "error": {
         *         "code": "UTM_TEMPLATE_NOT_FOUND",
         *         "message": "No UTM template with this id in this workspace."
         *       }
         *     }
         */
        UtmTemplateNotFoundError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "UTM_TEMPLATE_NOT_FOUND";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "utm": {
         *         "source": "newsletter",
         *         "medium": "email",
         *         "campaign": "weekly"
         *       }
         *     }
         */
        UtmTemplateUpdate: {
            /** @example Newsletter (weekly) */
            name?: string;
            utm?: components["schemas"]["UtmTemplateValues"];
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "vw_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "name": "Spring, mobile only",
         *           "screen": "analytics",
         *           "query": "tag=spring&device=mobile",
         *           "createdAt": "2026-12-01T09:30:00.000Z"
         *         }
         *       ]
         *     }
         */
        ViewList: {
            data: components["schemas"]["View"][];
        };
        /**
         * @example {
         *       "id": "vw_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "name": "Spring, mobile only",
         *       "screen": "analytics",
         *       "query": "tag=spring&device=mobile",
         *       "createdAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        View: {
            /** @example vw_01kbmz3f8r9c2v6x4n7q5t8w0y */
            id: string;
            name: string;
            /** @enum {string} */
            screen: "links" | "analytics";
            query: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
        };
        /**
         * @example {
         *       "name": "Spring, mobile only",
         *       "screen": "analytics",
         *       "query": "tag=spring&device=mobile"
         *     }
         */
        ViewCreate: {
            /** @example Spring, mobile only */
            name: string;
            /**
             * @description Which screen the view filters.
             * @example analytics
             * @enum {string}
             */
            screen: "links" | "analytics";
            /**
             * @description The screen’s filter as a query string.
             * @example tag=spring&device=mobile
             */
            query: string;
        };
        /**
         * @example {
         *       "error": {
         *         "code": "VIEW_NOT_FOUND",
         *         "message": "No saved view with this id in this workspace."
         *       }
         *     }
         */
        ViewNotFoundError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "VIEW_NOT_FOUND";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "id": "pix_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "platform": "meta",
         *       "tagId": "123456789012345",
         *       "name": "Main Meta pixel",
         *       "isDefault": true,
         *       "warnings": [],
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "updatedAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        Pixel: {
            /** @example pix_01kbmz3f8r9c2v6x4n7q5t8w0y */
            id: string;
            /** @enum {string} */
            platform: "meta" | "google_ads" | "ga4" | "linkedin" | "tiktok" | "x" | "pinterest" | "snapchat" | "reddit" | "microsoft" | "quora";
            tagId: string;
            name: string;
            isDefault: boolean;
            /** @description Shape warnings about `tagId` (ids are validated loosely). */
            warnings: string[];
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            updatedAt: string;
        };
        /**
         * @example {
         *       "error": {
         *         "code": "PIXEL_DUPLICATE",
         *         "message": "This workspace already has a pixel with this platform and tag id."
         *       }
         *     }
         */
        PixelDuplicateError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "PIXEL_DUPLICATE";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "platform": "meta",
         *       "tagId": "123456789012345",
         *       "name": "Main Meta pixel",
         *       "isDefault": true
         *     }
         */
        PixelCreate: {
            /**
             * @example meta
             * @enum {string}
             */
            platform: "meta" | "google_ads" | "ga4" | "linkedin" | "tiktok" | "x" | "pinterest" | "snapchat" | "reddit" | "microsoft" | "quora";
            /**
             * @description The platform’s pixel / tag id. One pixel per platform and tag id in a workspace (409 `PIXEL_DUPLICATE`).
             * @example 123456789012345
             */
            tagId: string;
            /**
             * @description A label; `<platform> <tagId>` when absent.
             * @example Main Meta pixel
             */
            name?: string;
            /** @description Attach to new links that do not list `pixelIds`. */
            isDefault?: boolean;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "pix_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "platform": "meta",
         *           "tagId": "123456789012345",
         *           "name": "Main Meta pixel",
         *           "isDefault": true,
         *           "warnings": [],
         *           "createdAt": "2026-12-01T09:30:00.000Z",
         *           "updatedAt": "2026-12-01T09:30:00.000Z"
         *         }
         *       ],
         *       "nextCursor": "bG5rXzAxa2JtejNmOHI5YzJ2Nng0bjdxNXQ4dzB5",
         *       "hasMore": true
         *     }
         */
        PixelPage: {
            data: components["schemas"]["Pixel"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Whether another page follows. */
            hasMore: boolean;
        };
        /**
         * @example {
         *       "name": "Meta pixel (EU shop)",
         *       "isDefault": false
         *     }
         */
        PixelUpdate: {
            /**
             * @example meta
             * @enum {string}
             */
            platform?: "meta" | "google_ads" | "ga4" | "linkedin" | "tiktok" | "x" | "pinterest" | "snapchat" | "reddit" | "microsoft" | "quora";
            /**
             * @description The platform’s pixel / tag id. One pixel per platform and tag id in a workspace (409 `PIXEL_DUPLICATE`).
             * @example 123456789012345
             */
            tagId?: string;
            /**
             * @description New label; blank keeps the current one.
             * @example Meta pixel (EU shop)
             */
            name?: string;
            /** @description Whether new links without `pixelIds` get this pixel. Existing links keep theirs. */
            isDefault?: boolean;
        };
        /**
         * @example {
         *       "id": "dom_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "hostname": "go.example.com",
         *       "notFoundUrl": "https://example.com/",
         *       "rootUrl": null,
         *       "verification": {
         *         "status": "verified",
         *         "token": "rcv_3Jq9xWm2Lp7Tz1Rk5Vb8Nd4Hs6Yc",
         *         "checkedAt": "2026-12-01T09:30:00.000Z",
         *         "verifiedAt": "2026-12-01T09:30:00.000Z",
         *         "error": null,
         *         "dnsRecord": {
         *           "type": "CNAME",
         *           "name": "go.example.com",
         *           "value": "links.example.net"
         *         }
         *       },
         *       "createdAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        Domain: {
            /** @example dom_01kbmz3f8r9c2v6x4n7q5t8w0y */
            id: string;
            /** Format: hostname */
            hostname: string;
            /** Format: uri */
            notFoundUrl: string | null;
            /** Format: uri */
            rootUrl: string | null;
            verification: components["schemas"]["DomainVerification"];
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
        };
        DomainVerification: {
            /**
             * @description `pending`: never checked; `verified`: the last check reached this Ricochet; `failed`: it did not (see `error`).
             * @enum {string}
             */
            status: "pending" | "verified" | "failed";
            /** @description What the domain answers at `/_r/domain-check` when it reaches this Ricochet. */
            token: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            checkedAt: string | null;
            /**
             * Format: date-time
             * @description Since when the domain is verified (the first successful check of a passing streak).
             * @example 2026-12-01T09:30:00.000Z
             */
            verifiedAt: string | null;
            /** @description Why the last check failed, in words for people. */
            error: string | null;
            /** @description The DNS record to create: a CNAME to the default domain’s host (an A record when that host is an IP address). */
            dnsRecord: {
                /** @enum {string} */
                type: "CNAME" | "A";
                name: string;
                value: string;
            };
        };
        /**
         * @example {
         *       "error": {
         *         "code": "DOMAIN_TAKEN",
         *         "message": "This hostname is already registered."
         *       }
         *     }
         */
        DomainTakenError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "DOMAIN_TAKEN";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "hostname": "go.example.com",
         *       "notFoundUrl": "https://example.com/",
         *       "rootUrl": "https://example.com/"
         *     }
         */
        DomainCreate: {
            /**
             * Format: hostname
             * @example go.example.com
             */
            hostname: string;
            /**
             * Format: uri
             * @description Where unknown slugs on this domain go; the 404 page when absent.
             * @example https://example.com/
             */
            notFoundUrl?: string | null;
            /**
             * Format: uri
             * @description Where the bare domain (`https://go.example.com/`) goes; this server’s home page when absent.
             * @example https://example.com/
             */
            rootUrl?: string | null;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "dom_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "hostname": "go.example.com",
         *           "notFoundUrl": "https://example.com/",
         *           "rootUrl": null,
         *           "verification": {
         *             "status": "verified",
         *             "token": "rcv_3Jq9xWm2Lp7Tz1Rk5Vb8Nd4Hs6Yc",
         *             "checkedAt": "2026-12-01T09:30:00.000Z",
         *             "verifiedAt": "2026-12-01T09:30:00.000Z",
         *             "error": null,
         *             "dnsRecord": {
         *               "type": "CNAME",
         *               "name": "go.example.com",
         *               "value": "links.example.net"
         *             }
         *           },
         *           "createdAt": "2026-12-01T09:30:00.000Z"
         *         }
         *       ],
         *       "nextCursor": "bG5rXzAxa2JtejNmOHI5YzJ2Nng0bjdxNXQ4dzB5",
         *       "hasMore": true
         *     }
         */
        DomainPage: {
            data: components["schemas"]["Domain"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Whether another page follows. */
            hasMore: boolean;
        };
        /**
         * @example {
         *       "error": {
         *         "code": "DOMAIN_NOT_FOUND",
         *         "message": "No domain with this id in this workspace."
         *       }
         *     }
         */
        DomainNotFoundError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "DOMAIN_NOT_FOUND";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "notFoundUrl": null,
         *       "rootUrl": "https://example.com/"
         *     }
         */
        DomainUpdate: {
            /**
             * Format: uri
             * @description Where unknown slugs on this domain go; null for the 404 page.
             * @example https://example.com/
             */
            notFoundUrl?: string | null;
            /**
             * Format: uri
             * @description Where the bare domain goes; null for this server’s home page.
             * @example https://example.com/
             */
            rootUrl?: string | null;
        };
        /**
         * @example {
         *       "id": "dom_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "hostname": "go.example.com",
         *       "notFoundUrl": "https://example.com/",
         *       "rootUrl": null,
         *       "verification": {
         *         "status": "verified",
         *         "token": "rcv_3Jq9xWm2Lp7Tz1Rk5Vb8Nd4Hs6Yc",
         *         "checkedAt": "2026-12-01T09:30:00.000Z",
         *         "verifiedAt": "2026-12-01T09:30:00.000Z",
         *         "error": null,
         *         "dnsRecord": {
         *           "type": "CNAME",
         *           "name": "go.example.com",
         *           "value": "links.example.net"
         *         }
         *       },
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "dns": {
         *         "cname": [
         *           "links.example.net"
         *         ],
         *         "addresses": []
         *       }
         *     }
         */
        DomainCheck: components["schemas"]["Domain"] & {
            /** @description What DNS answered for the hostname during this check. */
            dns: {
                cname: string[];
                addresses: string[];
            };
        };
        /**
         * @example {
         *       "error": {
         *         "code": "DOMAIN_IN_USE",
         *         "message": "Links still use this domain; delete or move them first."
         *       }
         *     }
         */
        DomainInUseError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "DOMAIN_IN_USE";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "id": "key_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "name": "CRM sync",
         *       "role": "member",
         *       "prefix": "rk_7Hq2",
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "lastUsedAt": null,
         *       "secret": "rk_7Hq2cW9xLm4Pz8Rt1Vb6Nq3Ks5Yd0Fg2Hj7Ua9Ze"
         *     }
         */
        ApiKeyCreated: components["schemas"]["ApiKey"] & {
            /** @description The key itself. Shown once; store it now. */
            secret: string;
        };
        /**
         * @example {
         *       "id": "key_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "name": "CRM sync",
         *       "role": "member",
         *       "prefix": "rk_7Hq2",
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "lastUsedAt": null
         *     }
         */
        ApiKey: {
            /** @example key_01kbmz3f8r9c2v6x4n7q5t8w0y */
            id: string;
            name: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member" | "viewer";
            /** @description First characters of the secret. */
            prefix: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            lastUsedAt: string | null;
        };
        /**
         * @example {
         *       "name": "CRM sync",
         *       "role": "member"
         *     }
         */
        ApiKeyCreate: {
            /** @example CRM sync */
            name: string;
            /**
             * @description At most the role of the key making the request.
             * @example member
             * @enum {string}
             */
            role: "owner" | "admin" | "member" | "viewer";
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "key_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "name": "CRM sync",
         *           "role": "member",
         *           "prefix": "rk_7Hq2",
         *           "createdAt": "2026-12-01T09:30:00.000Z",
         *           "lastUsedAt": null
         *         }
         *       ],
         *       "nextCursor": "bG5rXzAxa2JtejNmOHI5YzJ2Nng0bjdxNXQ4dzB5",
         *       "hasMore": true
         *     }
         */
        ApiKeyPage: {
            data: components["schemas"]["ApiKey"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Whether another page follows. */
            hasMore: boolean;
        };
        /**
         * @example {
         *       "error": {
         *         "code": "API_KEY_NOT_FOUND",
         *         "message": "No API key with this id in this workspace."
         *       }
         *     }
         */
        ApiKeyNotFoundError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "API_KEY_NOT_FOUND";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "error": {
         *         "code": "LAST_OWNER_KEY",
         *         "message": "This is the workspace’s last owner key; create another owner key first."
         *       }
         *     }
         */
        LastOwnerKeyError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "LAST_OWNER_KEY";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "id": "ws_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "name": "Acme marketing",
         *       "consent": {
         *         "policy": "regional",
         *         "optInAction": "skip"
         *       },
         *       "privacyPolicyUrl": "https://example.com/privacy",
         *       "timeZone": "Europe/Berlin",
         *       "conversionTracking": false,
         *       "consentPrompt": {
         *         "brandColor": "#0f766e",
         *         "logoUrl": "https://example.com/logo.svg",
         *         "language": null
         *       },
         *       "defaultDomain": "go.example.com",
         *       "role": "owner",
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "updatedAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        Workspace: {
            /** @example ws_01kbmz3f8r9c2v6x4n7q5t8w0y */
            id: string;
            name: string;
            consent: components["schemas"]["ConsentSettings"];
            /** Format: uri */
            privacyPolicyUrl: string | null;
            /** @description IANA time zone. */
            timeZone: string;
            /** @description The default of links’ `conversionTracking`. */
            conversionTracking: boolean;
            consentPrompt: components["schemas"]["ConsentPrompt"];
            /** @description Host (with its port, if not the scheme’s default) of short links created without `domain`. */
            defaultDomain: string;
            /**
             * @description Role of the API key making the request.
             * @enum {string}
             */
            role: "owner" | "admin" | "member" | "viewer";
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            updatedAt: string;
        };
        /**
         * @description Workspace consent defaults (docs/consent.md).
         * @example {
         *       "policy": "regional",
         *       "optInAction": "skip"
         *     }
         */
        ConsentSettings: {
            /** @enum {string} */
            policy: "regional" | "always" | "never";
            /** @enum {string} */
            optInAction: "skip" | "ask";
        };
        /** @description How the consent prompt looks (docs/consent.md, “The prompt”). */
        ConsentPrompt: {
            /**
             * @description Accent colour of the prompt’s buttons and focus ring, `#rrggbb`; null for Ricochet’s. Button text is black or white, whichever contrasts more.
             * @example #0f766e
             */
            brandColor: string | null;
            /**
             * Format: uri
             * @description An https image shown at the top of the prompt (at most 48 px high); null for none.
             * @example https://example.com/logo.svg
             */
            logoUrl: string | null;
            /**
             * @description The prompt’s language; null speaks the visitor’s (their browser’s `Accept-Language`), English when Ricochet does not have it.
             * @example null
             * @enum {string|null}
             */
            language: "en" | "de" | "fr" | "es" | "it" | "nl" | "pt" | "pl" | "sv" | "da" | null;
        };
        /**
         * @example {
         *       "consent": {
         *         "optInAction": "ask"
         *       },
         *       "timeZone": "Europe/Berlin"
         *     }
         */
        WorkspaceUpdate: {
            /** @example Acme marketing */
            name?: string;
            consent?: {
                /** @enum {string} */
                policy?: "regional" | "always" | "never";
                /** @enum {string} */
                optInAction?: "skip" | "ask";
            };
            /**
             * Format: uri
             * @description Linked from the consent prompt.
             * @example https://example.com/privacy
             */
            privacyPolicyUrl?: string | null;
            /**
             * @description IANA zone for daily stats and date-only stats ranges.
             * @example Europe/Berlin
             */
            timeZone?: string;
            /** @description Links that do not say otherwise append their click id to the destination as `rc_click` (docs/conversions.md). */
            conversionTracking?: boolean;
            consentPrompt?: components["schemas"]["ConsentPromptUpdate"];
        };
        /** @description Absent fields stay; `null` goes back to the default. */
        ConsentPromptUpdate: {
            /** @example #0f766e */
            brandColor?: string | null;
            /**
             * Format: uri
             * @description An https URL of an image.
             * @example https://example.com/logo.svg
             */
            logoUrl?: string | null;
            /**
             * @example de
             * @enum {string|null}
             */
            language?: "en" | "de" | "fr" | "es" | "it" | "nl" | "pt" | "pl" | "sv" | "da" | null;
        };
        /**
         * @example {
         *       "from": "2026-12-01T09:30:00.000Z",
         *       "to": "2026-12-01T09:30:00.000Z",
         *       "timeZone": "UTC",
         *       "groupBy": "link",
         *       "rows": [
         *         {
         *           "key": "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "label": "spring-sale",
         *           "humanClicks": 1520,
         *           "leads": 40,
         *           "sales": 12,
         *           "revenue": {
         *             "EUR": 23988
         *           },
         *           "conversionRate": 0.026,
         *           "saleRate": 0.0079
         *         }
         *       ],
         *       "totals": {
         *         "humanClicks": 1520,
         *         "leads": 40,
         *         "sales": 12,
         *         "revenue": {
         *           "EUR": 23988
         *         },
         *         "conversionRate": 0.026,
         *         "saleRate": 0.0079
         *       },
         *       "asOf": "2026-12-01T09:30:00.000Z"
         *     }
         */
        ConversionStats: {
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            from: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            to: string;
            timeZone: string;
            /** @enum {string} */
            groupBy: "day" | "link" | "campaign";
            rows: {
                /** @description The day, link id or campaign (`""`: clicks without one). */
                key: string;
                /** @description The link’s slug for `link`; the key otherwise. */
                label: string;
                humanClicks: number;
                leads: number;
                sales: number;
                /**
                 * @description Sales revenue per currency, in minor units.
                 * @example {
                 *       "EUR": 1999
                 *     }
                 */
                revenue: {
                    [key: string]: number;
                };
                /** @description Leads per human click; null without clicks. */
                conversionRate: number | null;
                /** @description Sales per human click; null without clicks. */
                saleRate: number | null;
            }[];
            totals: {
                humanClicks: number;
                leads: number;
                sales: number;
                /**
                 * @description Sales revenue per currency, in minor units.
                 * @example {
                 *       "EUR": 1999
                 *     }
                 */
                revenue: {
                    [key: string]: number;
                };
                /** @description Leads per human click; null without clicks. */
                conversionRate: number | null;
                /** @description Sales per human click; null without clicks. */
                saleRate: number | null;
            };
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            asOf: string;
        };
        /**
         * @example {
         *       "from": "2026-11-24T09:30:00.000Z",
         *       "to": "2026-12-01T09:30:00.000Z",
         *       "interval": "day",
         *       "timeZone": "Europe/Berlin",
         *       "asOf": "2026-12-01T09:30:00.000Z",
         *       "filters": {
         *         "tag": "spring"
         *       },
         *       "totals": {
         *         "clicks": 1610,
         *         "humanClicks": 1520,
         *         "bots": 90,
         *         "uniqueVisitors": 1301,
         *         "pixelFires": 1200,
         *         "pixelConfirmed": 1150
         *       },
         *       "previous": {
         *         "from": "2026-11-17T09:30:00.000Z",
         *         "to": "2026-11-24T09:30:00.000Z",
         *         "totals": {
         *           "clicks": 1400,
         *           "humanClicks": 1330,
         *           "bots": 70,
         *           "uniqueVisitors": 1100,
         *           "pixelFires": 1000,
         *           "pixelConfirmed": 950
         *         }
         *       },
         *       "hours": [
         *         10,
         *         4,
         *         2,
         *         1,
         *         1,
         *         3,
         *         12,
         *         40,
         *         80,
         *         110,
         *         120,
         *         115,
         *         130,
         *         120,
         *         110,
         *         100,
         *         95,
         *         100,
         *         110,
         *         120,
         *         100,
         *         80,
         *         40,
         *         20
         *       ],
         *       "weekdays": [
         *         260,
         *         250,
         *         240,
         *         230,
         *         220,
         *         170,
         *         150
         *       ],
         *       "timeseries": [
         *         {
         *           "t": "2026-11-30T23:00:00.000Z",
         *           "date": "2026-12-01",
         *           "clicks": 54,
         *           "humanClicks": 50,
         *           "bots": 4,
         *           "uniqueVisitors": 44
         *         }
         *       ],
         *       "countries": [
         *         {
         *           "value": "DE",
         *           "clicks": 420,
         *           "humanClicks": 400,
         *           "bots": 20
         *         }
         *       ],
         *       "devices": [
         *         {
         *           "value": "mobile",
         *           "clicks": 900,
         *           "humanClicks": 880,
         *           "bots": 20
         *         }
         *       ],
         *       "browsers": [],
         *       "os": [],
         *       "referrers": [
         *         {
         *           "value": "",
         *           "clicks": 300,
         *           "humanClicks": 290,
         *           "bots": 10
         *         }
         *       ],
         *       "utm": {
         *         "source": [],
         *         "medium": [],
         *         "campaign": [],
         *         "term": [],
         *         "content": []
         *       },
         *       "links": [
         *         {
         *           "linkId": "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "slug": "spring-sale",
         *           "title": "Spring sale",
         *           "shortUrl": "https://go.example.com/spring-sale",
         *           "clicks": 610,
         *           "humanClicks": 600,
         *           "bots": 10
         *         }
         *       ],
         *       "consent": [
         *         {
         *           "outcome": "bot",
         *           "clicks": 1200
         *         }
         *       ],
         *       "pixels": [
         *         {
         *           "pixelId": "pix_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "fires": 1200,
         *           "confirmed": 1150,
         *           "yield": 0.958
         *         }
         *       ],
         *       "groupBy": "day",
         *       "groups": [
         *         {
         *           "value": "2026-11-24",
         *           "clicks": 230,
         *           "humanClicks": 217,
         *           "bots": 13
         *         },
         *         {
         *           "value": "2026-11-25",
         *           "clicks": 198,
         *           "humanClicks": 190,
         *           "bots": 8
         *         }
         *       ]
         *     }
         */
        Stats: {
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            from: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            to: string;
            /** @enum {string} */
            interval: "hour" | "day";
            timeZone: string;
            /**
             * Format: date-time
             * @description When these figures were read. Clicks reach them a few seconds after they happen (they are written in batches), so the most recent seconds may be missing.
             * @example 2026-12-01T09:30:00.000Z
             */
            asOf: string;
            /** @description The filters applied, as given. */
            filters: {
                [key: string]: string;
            };
            totals: components["schemas"]["StatsTotals"];
            /** @description With `compare=previous`: the period of the same length just before, for the change on each figure. */
            previous: {
                /**
                 * Format: date-time
                 * @example 2026-12-01T09:30:00.000Z
                 */
                from: string;
                /**
                 * Format: date-time
                 * @example 2026-12-01T09:30:00.000Z
                 */
                to: string;
                totals: components["schemas"]["StatsTotals"];
            } | null;
            timeseries: components["schemas"]["StatsPoint"][];
            /** @description Human clicks per hour of the day (0–23) in the workspace time zone. */
            hours: number[];
            /** @description Human clicks per day of the week, Monday first, in the workspace time zone. */
            weekdays: number[];
            countries: components["schemas"]["StatsTopEntry"][];
            devices: components["schemas"]["StatsTopEntry"][];
            browsers: components["schemas"]["StatsTopEntry"][];
            os: components["schemas"]["StatsTopEntry"][];
            referrers: components["schemas"]["StatsTopEntry"][];
            utm: {
                source: components["schemas"]["StatsTopEntry"][];
                medium: components["schemas"]["StatsTopEntry"][];
                campaign: components["schemas"]["StatsTopEntry"][];
                term: components["schemas"]["StatsTopEntry"][];
                content: components["schemas"]["StatsTopEntry"][];
            };
            /** @description Top links by human clicks (workspace stats; empty for one link’s). Ranked by whole UTC days, like the top lists. */
            links: {
                linkId: string;
                /** @description Null for a link deleted since (its clicks stay in the stats). */
                slug: string | null;
                title: string | null;
                /** Format: uri */
                shortUrl: string | null;
                clicks: number;
                humanClicks: number;
                bots: number;
            }[];
            consent: {
                /** @enum {string} */
                outcome: "bot" | "no_pixels" | "suppressed_gpc" | "denied_cookie" | "policy_never" | "not_required" | "granted_cookie" | "granted_tcf" | "denied_tcf" | "prompt" | "suppressed_region" | "granted_prompt" | "denied_prompt";
                clicks: number;
            }[];
            pixels: components["schemas"]["PixelYield"][];
            /**
             * @description The `groupBy` asked for; absent without one.
             * @enum {string}
             */
            groupBy?: "day" | "link" | "country" | "device" | "browser" | "os" | "referrer" | "utmSource" | "utmMedium" | "utmCampaign" | "utmTerm" | "utmContent" | "consent";
            /** @description The figures split by `groupBy`: `value` is the local date, the link id, or the dimension’s value (`""` = unknown). Absent without `groupBy`. */
            groups?: components["schemas"]["StatsTopEntry"][];
        };
        /**
         * @example {
         *       "clicks": 1610,
         *       "humanClicks": 1520,
         *       "bots": 90,
         *       "uniqueVisitors": 1301,
         *       "pixelFires": 1200,
         *       "pixelConfirmed": 1150
         *     }
         */
        StatsTotals: {
            /** @description Every recorded visit to a short link: human clicks plus bots. */
            clicks: number;
            /** @description Clicks by people, repeats included; bots and link previews are not in it. */
            humanClicks: number;
            /** @description Recorded bot and link-preview hits; they never fire pixels. */
            bots: number;
            /** @description Distinct people: a visitor who comes back counts once. Over the UTC days the range touches, from sketches. Null under click filters (country, device, …): sketches are kept per link and day, not per click attribute. */
            uniqueVisitors: number | null;
            /** @description Pixels the interstitial was told to fire (per pixel per click). */
            pixelFires: number;
            /** @description Of those, pixels whose hit the interstitial saw leave the browser. */
            pixelConfirmed: number;
        };
        /**
         * @example {
         *       "t": "2026-11-30T23:00:00.000Z",
         *       "date": "2026-12-01",
         *       "clicks": 54,
         *       "humanClicks": 50,
         *       "bots": 4,
         *       "uniqueVisitors": 44
         *     }
         */
        StatsPoint: {
            /**
             * Format: date-time
             * @description Bucket start (UTC).
             * @example 2026-12-01T09:30:00.000Z
             */
            t: string;
            /**
             * Format: date
             * @description Local date of a `day` bucket in the workspace time zone.
             * @example 2026-12-01
             */
            date?: string;
            clicks: number;
            humanClicks: number;
            bots: number;
            /** @description Visitors new for their UTC day in this bucket; also null for a set of links (a tag, a folder). Null under click filters (country, device, …): sketches are kept per link and day, not per click attribute. */
            uniqueVisitors: number | null;
        };
        /**
         * @example {
         *       "value": "DE",
         *       "clicks": 420,
         *       "humanClicks": 400,
         *       "bots": 20
         *     }
         */
        StatsTopEntry: {
            /** @description `""` means unknown / none (e.g. direct traffic for referrers). */
            value: string;
            clicks: number;
            humanClicks: number;
            bots: number;
        };
        /**
         * @example {
         *       "pixelId": "pix_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "fires": 1200,
         *       "confirmed": 1150,
         *       "yield": 0.958
         *     }
         */
        PixelYield: {
            pixelId: string;
            fires: number;
            confirmed: number;
            /** @description Confirmed pixel hits divided by pixels fired: the share of hits the page saw leave the browser. Null when nothing fired. */
            yield: number | null;
        };
        /**
         * @example {
         *       "days": [
         *         "2026-11-30",
         *         "2026-12-01"
         *       ],
         *       "data": [
         *         {
         *           "linkId": "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "humanClicks": [
         *             12,
         *             30
         *           ]
         *         }
         *       ]
         *     }
         */
        Sparklines: {
            /** @description The UTC days, oldest first. */
            days: string[];
            data: {
                linkId: string;
                /** @description Human clicks per day, one per entry of `days`. */
                humanClicks: number[];
            }[];
        };
        /**
         * @example {
         *       "pixelId": "pix_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "platform": "meta",
         *       "asOf": "2026-12-01T09:30:00.000Z",
         *       "windows": [
         *         {
         *           "days": 30,
         *           "visitors": 640,
         *           "returnVisitors": 12
         *         }
         *       ],
         *       "growth": [
         *         {
         *           "date": "2026-12-01",
         *           "visitors": 44,
         *           "cumulative": 640
         *         }
         *       ],
         *       "readiness": {
         *         "minimum": 100,
         *         "lookbackDays": 180,
         *         "visitors": 640,
         *         "progress": 1,
         *         "ready": true,
         *         "source": "Meta Business Help Center",
         *         "note": "At least 100 people from one source."
         *       }
         *     }
         */
        Audience: {
            pixelId: string;
            /** @enum {string} */
            platform: "meta" | "google_ads" | "ga4" | "linkedin" | "tiktok" | "x" | "pinterest" | "snapchat" | "reddit" | "microsoft" | "quora";
            /**
             * Format: date-time
             * @description When these figures were read. Clicks reach them a few seconds after they happen (they are written in batches), so the most recent seconds may be missing.
             * @example 2026-12-01T09:30:00.000Z
             */
            asOf: string;
            windows: {
                /** @example 30 */
                days: number;
                /** @description Distinct visitors whose hit for a pixel was confirmed: the people the platform can add to a retargeting audience. In the window, from sketches. */
                visitors: number;
                /** @description Visitors reached in both halves of the window. */
                returnVisitors: number;
            }[];
            /** @description Per UTC day over the last 180 days: that day’s visitors, and the distinct visitors since the first of those days. */
            growth: {
                /** Format: date */
                date: string;
                visitors: number;
                cumulative: number;
            }[];
            readiness: {
                /** @description The platform’s minimum audience size (null: unknown). */
                minimum: number | null;
                lookbackDays: number;
                visitors: number;
                /** @description visitors / minimum, capped at 1. */
                progress: number | null;
                ready: boolean | null;
                source: string;
                note: string;
            };
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "clk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "time": "2026-12-01T09:30:00.000Z",
         *           "linkId": "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "slug": "spring",
         *           "domain": "go.example.com",
         *           "country": "DE",
         *           "device": "mobile",
         *           "os": "iOS",
         *           "browser": "Safari",
         *           "referrerHost": "news.example",
         *           "utm": {
         *             "source": "newsletter",
         *             "medium": "email",
         *             "campaign": "spring-sale",
         *             "term": null,
         *             "content": null
         *           },
         *           "clickIds": [
         *             "fbclid"
         *           ],
         *           "bot": false,
         *           "consent": "granted_cookie",
         *           "pixelsFired": [
         *             "pix_01kbmz3f8r9c2v6x4n7q5t8w0y"
         *           ],
         *           "pixelsConfirmed": [
         *             "pix_01kbmz3f8r9c2v6x4n7q5t8w0y"
         *           ]
         *         }
         *       ],
         *       "nextCursor": "bG5rXzAxa2JtejNmOHI5YzJ2Nng0bjdxNXQ4dzB5",
         *       "hasMore": true
         *     }
         */
        ClickEventPage: {
            data: components["schemas"]["ClickEvent"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Whether another page follows. */
            hasMore: boolean;
        };
        /**
         * @example {
         *       "id": "clk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "time": "2026-12-01T09:30:00.000Z",
         *       "linkId": "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "slug": "spring",
         *       "domain": "go.example.com",
         *       "country": "DE",
         *       "device": "mobile",
         *       "os": "iOS",
         *       "browser": "Safari",
         *       "referrerHost": "news.example",
         *       "utm": {
         *         "source": "newsletter",
         *         "medium": "email",
         *         "campaign": "spring-sale",
         *         "term": null,
         *         "content": null
         *       },
         *       "clickIds": [
         *         "fbclid"
         *       ],
         *       "bot": false,
         *       "consent": "granted_cookie",
         *       "pixelsFired": [
         *         "pix_01kbmz3f8r9c2v6x4n7q5t8w0y"
         *       ],
         *       "pixelsConfirmed": [
         *         "pix_01kbmz3f8r9c2v6x4n7q5t8w0y"
         *       ]
         *     }
         */
        ClickEvent: {
            /** @example clk_01kbmz3f8r9c2v6x4n7q5t8w0y */
            id: string;
            /**
             * Format: date-time
             * @description When the click happened.
             * @example 2026-12-01T09:30:00.000Z
             */
            time: string;
            /** @example lnk_01kbmz3f8r9c2v6x4n7q5t8w0y */
            linkId: string;
            /** @description The link’s slug; null once the link is deleted. */
            slug: string | null;
            /** @description The link’s host name; null once the link is deleted. */
            domain: string | null;
            /** @description ISO 3166-1 alpha-2; null when unknown. */
            country: string | null;
            /** @enum {string} */
            device: "desktop" | "mobile" | "tablet" | "other";
            /** @description Operating system family; null when unknown. */
            os: string | null;
            /** @description Browser family; null when unknown. */
            browser: string | null;
            /** @description The referring site’s host name; null for direct traffic. */
            referrerHost: string | null;
            /** @description The UTM parameters of the visit to the short link. */
            utm: {
                source: string | null;
                medium: string | null;
                campaign: string | null;
                term: string | null;
                content: string | null;
            };
            /** @description Names of the ad click ids the visit carried (never their values). */
            clickIds: ("fbclid" | "gclid" | "gbraid" | "wbraid" | "ttclid" | "li_fat_id" | "twclid" | "msclkid" | "epik" | "ScCid" | "rdt_cid")[];
            /** @description A bot or link-preview hit (never fires pixels). */
            bot: boolean;
            /** @enum {string} */
            consent: "bot" | "no_pixels" | "suppressed_gpc" | "denied_cookie" | "policy_never" | "not_required" | "granted_cookie" | "granted_tcf" | "denied_tcf" | "prompt" | "suppressed_region" | "granted_prompt" | "denied_prompt";
            /** @description Ids of the pixels the interstitial was told to fire. */
            pixelsFired: string[];
            /** @description Ids of the pixels whose hit the interstitial saw leave the browser; null until its beacon arrived. */
            pixelsConfirmed: string[] | null;
        };
        /**
         * @example {
         *       "id": "cnv_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "kind": "sale",
         *       "eventName": "Purchase",
         *       "clickId": "clk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "linkId": "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "campaign": "spring-sale",
         *       "customerId": "cus_8812",
         *       "amount": 1999,
         *       "currency": "EUR",
         *       "invoiceId": "INV-2026-0042",
         *       "at": "2026-12-01T09:30:00.000Z",
         *       "duplicate": false,
         *       "forwardedTo": [
         *         "pix_01kbmz3f8r9c2v6x4n7q5t8w0y"
         *       ]
         *     }
         */
        TrackResult: {
            /** @example cnv_01kbmz3f8r9c2v6x4n7q5t8w0y */
            id: string;
            /** @enum {string} */
            kind: "lead" | "sale";
            eventName: string;
            clickId: string;
            linkId: string;
            /** @description The click’s `utm_campaign`. */
            campaign: string | null;
            customerId: string;
            /** @description Minor units (sales). */
            amount: number | null;
            currency: string | null;
            invoiceId: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            at: string;
            /** @description True when this repeated a conversion already tracked: nothing new was stored or sent. */
            duplicate: boolean;
            /** @description Pixels the conversion was queued for as a server-side event (the click’s pixels that fired, with server-side events set up). */
            forwardedTo: string[];
        };
        /**
         * @example {
         *       "error": {
         *         "code": "CLICK_NOT_FOUND",
         *         "message": "No click with this id in this workspace."
         *       }
         *     }
         */
        ClickNotFoundError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "CLICK_NOT_FOUND";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "clickId": "clk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "eventName": "Sign up",
         *       "customerId": "cus_8812",
         *       "email": "jane@example.com"
         *     }
         */
        TrackLead: {
            /**
             * @description The click id the destination received in `rc_click` (the tracking script keeps it in the `rc_click` cookie).
             * @example clk_01kbmz3f8r9c2v6x4n7q5t8w0y
             */
            clickId: string;
            /**
             * @description Your name for the event (default `Lead`); the platforms get their own standard lead/purchase event with it as a label.
             * @example Lead
             */
            eventName?: string;
            /**
             * @description The customer’s id in your own system (not an e-mail address: use `email` for that, it is hashed on arrival).
             * @example cus_8812
             */
            customerId: string;
            /**
             * @description The customer’s e-mail address: hashed (SHA-256) on arrival, never stored or sent in plain text; improves matching.
             * @example jane@example.com
             */
            email?: string;
            /**
             * @description The customer’s phone in E.164: hashed on arrival, like `email`.
             * @example +4930123456
             */
            phone?: string;
            /** @description The customer’s browser user agent, if you have it (Meta counts a conversion with one as a website event). */
            userAgent?: string;
        };
        /**
         * @example {
         *       "error": {
         *         "code": "INVOICE_CONFLICT",
         *         "message": "This invoice id was already tracked with a different customer, amount or currency."
         *       }
         *     }
         */
        InvoiceConflictError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "INVOICE_CONFLICT";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "customerId": "cus_8812",
         *       "amount": 1999,
         *       "currency": "EUR",
         *       "invoiceId": "INV-2026-0042"
         *     }
         */
        TrackSale: {
            /**
             * @description The customer’s id in your own system (not an e-mail address: use `email` for that, it is hashed on arrival).
             * @example cus_8812
             */
            customerId: string;
            /**
             * @description In minor units of `currency` (cents): 1999 is 19.99 EUR.
             * @example 1999
             */
            amount: number;
            /** @example EUR */
            currency: string;
            /**
             * @description Your invoice or order id: a retry with the same one is recognised and not counted twice.
             * @example INV-2026-0042
             */
            invoiceId: string;
            /**
             * @description Your name for the event (default `Purchase`); the platforms get their own standard lead/purchase event with it as a label.
             * @example Purchase
             */
            eventName?: string;
            /**
             * @description The click to credit; by default the one of the customer’s latest lead.
             * @example clk_01kbmz3f8r9c2v6x4n7q5t8w0y
             */
            clickId?: string;
            /**
             * @description The customer’s e-mail address: hashed (SHA-256) on arrival, never stored or sent in plain text; improves matching.
             * @example jane@example.com
             */
            email?: string;
            /**
             * @description The customer’s phone in E.164: hashed on arrival, like `email`.
             * @example +4930123456
             */
            phone?: string;
            /** @description The customer’s browser user agent, if you have it (Meta counts a conversion with one as a website event). */
            userAgent?: string;
        };
        /**
         * @example {
         *       "id": "cnv_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "kind": "sale",
         *       "eventName": "Purchase",
         *       "clickId": "clk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "linkId": "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "campaign": "spring-sale",
         *       "customerId": "cus_8812",
         *       "amount": 1999,
         *       "currency": "EUR",
         *       "invoiceId": "INV-2026-0042",
         *       "at": "2026-12-01T09:30:00.000Z"
         *     }
         */
        Conversion: {
            /** @example cnv_01kbmz3f8r9c2v6x4n7q5t8w0y */
            id: string;
            /** @enum {string} */
            kind: "lead" | "sale";
            eventName: string;
            clickId: string;
            linkId: string;
            /** @description The click’s `utm_campaign`. */
            campaign: string | null;
            customerId: string;
            /** @description Minor units (sales). */
            amount: number | null;
            currency: string | null;
            invoiceId: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            at: string;
        };
        /**
         * @example {
         *       "error": {
         *         "code": "CONVERSION_NOT_FOUND",
         *         "message": "No lead or sale with this id in this workspace."
         *       }
         *     }
         */
        ConversionNotFoundError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "CONVERSION_NOT_FOUND";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "id": "whk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "url": "https://crm.example.com/hooks/ricochet",
         *       "description": "CRM sync",
         *       "events": [
         *         "link.created",
         *         "click"
         *       ],
         *       "filter": {
         *         "linkIds": [],
         *         "tags": [
         *           "spring"
         *         ]
         *       },
         *       "enabled": true,
         *       "disabledReason": null,
         *       "disabledAt": null,
         *       "failingSince": null,
         *       "secretHint": "whsec_MfKQ…",
         *       "previousSecretExpiresAt": null,
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "updatedAt": "2026-12-01T09:30:00.000Z",
         *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwLbJiX2pYDc4="
         *     }
         */
        WebhookCreated: components["schemas"]["Webhook"] & {
            /**
             * @description The signing secret (`whsec_` + base64). Shown once; store it now. Verify messages with it as docs/webhooks.md shows.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwLbJiX2pYDc4=
             */
            secret: string;
        };
        /**
         * @example {
         *       "id": "whk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "url": "https://crm.example.com/hooks/ricochet",
         *       "description": "CRM sync",
         *       "events": [
         *         "link.created",
         *         "click"
         *       ],
         *       "filter": {
         *         "linkIds": [],
         *         "tags": [
         *           "spring"
         *         ]
         *       },
         *       "enabled": true,
         *       "disabledReason": null,
         *       "disabledAt": null,
         *       "failingSince": null,
         *       "secretHint": "whsec_MfKQ…",
         *       "previousSecretExpiresAt": null,
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "updatedAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        Webhook: {
            /** @example whk_01kbmz3f8r9c2v6x4n7q5t8w0y */
            id: string;
            /** Format: uri */
            url: string;
            description: string | null;
            events: ("link.created" | "link.updated" | "link.deleted" | "click" | "lead.created" | "sale.created" | "audience.ready" | "pixel.delivery_failing")[];
            /** @description Both empty: every link. */
            filter: {
                linkIds: string[];
                tags: string[];
            };
            enabled: boolean;
            /**
             * @description `manual`: turned off by someone; `gone`: the receiver answered 410; `failing`: no delivery succeeded for `WEBHOOK_DISABLE_AFTER_HOURS`. Null while enabled.
             * @enum {string|null}
             */
            disabledReason: "manual" | "gone" | "failing" | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            disabledAt: string | null;
            /**
             * Format: date-time
             * @description When deliveries started failing without a success since; null when the last one worked.
             * @example 2026-12-01T09:30:00.000Z
             */
            failingSince: string | null;
            /** @description The first characters of the signing secret, to tell secrets apart. The secret itself is only in the create and rotate responses. */
            secretHint: string;
            /**
             * Format: date-time
             * @description After a rotation: until when the previous secret signs too (both signatures are sent). Null otherwise.
             * @example 2026-12-01T09:30:00.000Z
             */
            previousSecretExpiresAt: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            updatedAt: string;
        };
        /**
         * @example {
         *       "url": "https://crm.example.com/hooks/ricochet",
         *       "description": "CRM sync",
         *       "events": [
         *         "link.created",
         *         "click"
         *       ],
         *       "tags": [
         *         "spring"
         *       ]
         *     }
         */
        WebhookCreate: {
            /**
             * Format: uri
             * @description Where messages are POSTed: an absolute http(s) URL whose host resolves to public addresses only (422 `WEBHOOK_URL_FORBIDDEN` otherwise, `WEBHOOK_URL_UNRESOLVABLE` when it does not resolve).
             * @example https://crm.example.com/hooks/ricochet
             */
            url: string;
            /** @example CRM sync */
            description?: string | null;
            /**
             * @description The events the endpoint receives (docs/webhooks.md "Events"); their payloads are in this document’s `webhooks` section.
             * @example [
             *       "link.created",
             *       "click"
             *     ]
             */
            events: ("link.created" | "link.updated" | "link.deleted" | "click" | "lead.created" | "sale.created" | "audience.ready" | "pixel.delivery_failing")[];
            /**
             * @description Only events about these links (and those carrying one of `tags`). Empty with `tags` empty: every link. Applies to link, click, lead and sale events.
             * @example [
             *       "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y"
             *     ]
             */
            linkIds?: string[];
            /**
             * @description Only events about links carrying one of these tags (or listed in `linkIds`).
             * @example [
             *       "spring"
             *     ]
             */
            tags?: string[];
            /** @description Default true. Turning an endpoint back on clears why it was off. */
            enabled?: boolean;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "whk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "url": "https://crm.example.com/hooks/ricochet",
         *           "description": "CRM sync",
         *           "events": [
         *             "link.created",
         *             "click"
         *           ],
         *           "filter": {
         *             "linkIds": [],
         *             "tags": [
         *               "spring"
         *             ]
         *           },
         *           "enabled": true,
         *           "disabledReason": null,
         *           "disabledAt": null,
         *           "failingSince": null,
         *           "secretHint": "whsec_MfKQ…",
         *           "previousSecretExpiresAt": null,
         *           "createdAt": "2026-12-01T09:30:00.000Z",
         *           "updatedAt": "2026-12-01T09:30:00.000Z"
         *         }
         *       ],
         *       "nextCursor": "bG5rXzAxa2JtejNmOHI5YzJ2Nng0bjdxNXQ4dzB5",
         *       "hasMore": true
         *     }
         */
        WebhookPage: {
            data: components["schemas"]["Webhook"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Whether another page follows. */
            hasMore: boolean;
        };
        /**
         * @example {
         *       "error": {
         *         "code": "WEBHOOK_NOT_FOUND",
         *         "message": "No webhook endpoint with this id in this workspace."
         *       }
         *     }
         */
        WebhookNotFoundError: {
            error: {
                /**
                 * @description Stable; branch on it (docs/errors.md).
                 * @enum {string}
                 */
                code: "WEBHOOK_NOT_FOUND";
                /** @description For people; may be more precise than the catalogue message. */
                message: string;
                details?: components["schemas"]["ErrorDetails"];
            };
        };
        /**
         * @example {
         *       "events": [
         *         "click"
         *       ],
         *       "enabled": true
         *     }
         */
        WebhookUpdate: {
            /**
             * Format: uri
             * @description Where messages are POSTed: an absolute http(s) URL whose host resolves to public addresses only (422 `WEBHOOK_URL_FORBIDDEN` otherwise, `WEBHOOK_URL_UNRESOLVABLE` when it does not resolve).
             * @example https://crm.example.com/hooks/ricochet
             */
            url?: string;
            /** @example CRM sync */
            description?: string | null;
            /**
             * @description The events the endpoint receives (docs/webhooks.md "Events"); their payloads are in this document’s `webhooks` section.
             * @example [
             *       "link.created",
             *       "click"
             *     ]
             */
            events?: ("link.created" | "link.updated" | "link.deleted" | "click" | "lead.created" | "sale.created" | "audience.ready" | "pixel.delivery_failing")[];
            /**
             * @description Only events about these links (and those carrying one of `tags`). Empty with `tags` empty: every link. Applies to link, click, lead and sale events.
             * @example [
             *       "lnk_01kbmz3f8r9c2v6x4n7q5t8w0y"
             *     ]
             */
            linkIds?: string[];
            /**
             * @description Only events about links carrying one of these tags (or listed in `linkIds`).
             * @example [
             *       "spring"
             *     ]
             */
            tags?: string[];
            /** @description Default true. Turning an endpoint back on clears why it was off. */
            enabled?: boolean;
        };
        /**
         * @example {
         *       "id": "whk_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "url": "https://crm.example.com/hooks/ricochet",
         *       "description": "CRM sync",
         *       "events": [
         *         "link.created",
         *         "click"
         *       ],
         *       "filter": {
         *         "linkIds": [],
         *         "tags": [
         *           "spring"
         *         ]
         *       },
         *       "enabled": true,
         *       "disabledReason": null,
         *       "disabledAt": null,
         *       "failingSince": null,
         *       "secretHint": "whsec_MfKQ…",
         *       "previousSecretExpiresAt": "2026-12-02T09:30:00.000Z",
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "updatedAt": "2026-12-01T09:30:00.000Z",
         *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwLbJiX2pYDc4="
         *     }
         */
        WebhookRotated: components["schemas"]["Webhook"] & {
            /**
             * @description The signing secret (`whsec_` + base64). Shown once; store it now. Verify messages with it as docs/webhooks.md shows.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwLbJiX2pYDc4=
             */
            secret: string;
        };
        /**
         * @example {
         *       "overlapHours": 24
         *     }
         */
        WebhookRotate: {
            /**
             * @description How long the previous secret keeps signing (both signatures are sent), 0–168 hours; default 24. 0 stops it at once.
             * @example 24
             */
            overlapHours?: number;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": "wha_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "messageId": "msg_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *           "type": "click",
         *           "trigger": "scheduled",
         *           "attempt": 1,
         *           "outcome": "sent",
         *           "status": 204,
         *           "latencyMs": 84,
         *           "response": "",
         *           "error": null,
         *           "at": "2026-12-01T09:30:00.000Z"
         *         }
         *       ],
         *       "nextCursor": "bG5rXzAxa2JtejNmOHI5YzJ2Nng0bjdxNXQ4dzB5",
         *       "hasMore": true
         *     }
         */
        WebhookDeliveryPage: {
            data: components["schemas"]["WebhookDelivery"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Whether another page follows. */
            hasMore: boolean;
        };
        /**
         * @example {
         *       "id": "wha_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "messageId": "msg_01kbmz3f8r9c2v6x4n7q5t8w0y",
         *       "type": "click",
         *       "trigger": "scheduled",
         *       "attempt": 1,
         *       "outcome": "sent",
         *       "status": 204,
         *       "latencyMs": 84,
         *       "response": "",
         *       "error": null,
         *       "at": "2026-12-01T09:30:00.000Z"
         *     }
         */
        WebhookDelivery: {
            /** @example wha_01kbmz3f8r9c2v6x4n7q5t8w0y */
            id: string;
            /**
             * @description The `webhook-id` of the message; null for entries about the endpoint (`webhook.disabled`).
             * @example msg_01kbmz3f8r9c2v6x4n7q5t8w0y
             */
            messageId: string | null;
            /**
             * @description The event type, `webhook.test`, or `webhook.disabled` when the endpoint was turned off.
             * @example click
             */
            type: string;
            /**
             * @description `scheduled`: the normal delivery and its retries; `manual`: a redelivery; `test`: a test event.
             * @enum {string}
             */
            trigger: "scheduled" | "manual" | "test";
            /** @description 1 for the first attempt of a message (a redelivery starts again at 1). */
            attempt: number;
            /**
             * @description `sent` (2xx); `failed` (tried again later); `refused` (the address is not allowed; tried again later, in case DNS changes back); `gave_up` (the retry schedule is over); `disabled` (the endpoint was turned off).
             * @enum {string}
             */
            outcome: "sent" | "failed" | "refused" | "gave_up" | "disabled";
            /** @description The receiver’s HTTP status; null when it did not answer. */
            status: number | null;
            latencyMs: number | null;
            /** @description The first bytes (up to 1 KB) of the response body. */
            response: string | null;
            /** @description What went wrong, in words. */
            error: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:30:00.000Z
             */
            at: string;
        };
        /**
         * @example {
         *       "messageId": "msg_01kbmz3f8r9c2v6x4n7q5t8w0y"
         *     }
         */
        WebhookMessageAccepted: {
            /**
             * @description Its `webhook-id`; follow it in `GET /webhooks/{id}/deliveries?messageId=`.
             * @example msg_01kbmz3f8r9c2v6x4n7q5t8w0y
             */
            messageId: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Unique id of this request; quote it when reporting a problem. Sent with every API response. */
        RequestId: string;
        /** @description Seconds to wait before the next request with this key (RFC 9110 §10.2.3). */
        RetryAfter: number;
        /** @description Path of the created resource (relative to the server), e.g. `/api/v1/links/lnk_…`. */
        Location: string;
    };
    pathItems: never;
}
export type LinkCreatedMessage = components['schemas']['LinkCreatedMessage'];
export type LinkEventData = components['schemas']['LinkEventData'];
export type LinkUpdatedMessage = components['schemas']['LinkUpdatedMessage'];
export type LinkDeletedMessage = components['schemas']['LinkDeletedMessage'];
export type LinkDeletedData = components['schemas']['LinkDeletedData'];
export type ClickMessage = components['schemas']['ClickMessage'];
export type ClickEventData = components['schemas']['ClickEventData'];
export type ClickEventItem = components['schemas']['ClickEventItem'];
export type LeadCreatedMessage = components['schemas']['LeadCreatedMessage'];
export type ConversionEventData = components['schemas']['ConversionEventData'];
export type SaleCreatedMessage = components['schemas']['SaleCreatedMessage'];
export type AudienceReadyMessage = components['schemas']['AudienceReadyMessage'];
export type AudienceReadyData = components['schemas']['AudienceReadyData'];
export type PixelDeliveryFailingMessage = components['schemas']['PixelDeliveryFailingMessage'];
export type PixelDeliveryFailingData = components['schemas']['PixelDeliveryFailingData'];
export type WebhookTestMessage = components['schemas']['WebhookTestMessage'];
export type WebhookTestData = components['schemas']['WebhookTestData'];
export type LinkBulkCreateResult = components['schemas']['LinkBulkCreateResult'];
export type Link = components['schemas']['Link'];
export type Utm = components['schemas']['Utm'];
export type RoutingRule = components['schemas']['RoutingRule'];
export type ConsentSettingsOverride = components['schemas']['ConsentSettingsOverride'];
export type OpenGraph = components['schemas']['OpenGraph'];
export type BulkItemError = components['schemas']['BulkItemError'];
export type ErrorCode = components['schemas']['ErrorCode'];
export type ErrorDetails = components['schemas']['ErrorDetails'];
export type ValidationIssue = components['schemas']['ValidationIssue'];
export type UnauthenticatedError = components['schemas']['UnauthenticatedError'];
export type ForbiddenError = components['schemas']['ForbiddenError'];
export type PayloadTooLargeError = components['schemas']['PayloadTooLargeError'];
export type UnsupportedMediaTypeError = components['schemas']['UnsupportedMediaTypeError'];
export type InternalError = components['schemas']['InternalError'];
export type UnavailableError = components['schemas']['UnavailableError'];
export type LinkBulkCreate = components['schemas']['LinkBulkCreate'];
export type LinkBulkUpdateResult = components['schemas']['LinkBulkUpdateResult'];
export type ValidationFailedError = components['schemas']['ValidationFailedError'];
export type LinkBulkUpdate = components['schemas']['LinkBulkUpdate'];
export type LinkBulkUpdateFields = components['schemas']['LinkBulkUpdateFields'];
export type AudienceEvent = components['schemas']['AudienceEvent'];
export type LinkBulkDeleteResult = components['schemas']['LinkBulkDeleteResult'];
export type LinkNotFoundError = components['schemas']['LinkNotFoundError'];
export type LinkUpsert = components['schemas']['LinkUpsert'];
export type UtmParameters = components['schemas']['UtmParameters'];
export type LinkCreate = components['schemas']['LinkCreate'];
export type LinkPage = components['schemas']['LinkPage'];
export type DomainUnknownError = components['schemas']['DomainUnknownError'];
export type LinkUpdate = components['schemas']['LinkUpdate'];
export type PasswordLockout = components['schemas']['PasswordLockout'];
export type AuditEventPage = components['schemas']['AuditEventPage'];
export type AuditEvent = components['schemas']['AuditEvent'];
export type TagPage = components['schemas']['TagPage'];
export type Tag = components['schemas']['Tag'];
export type PixelServer = components['schemas']['PixelServer'];
export type PixelNotFoundError = components['schemas']['PixelNotFoundError'];
export type PixelServerUpdate = components['schemas']['PixelServerUpdate'];
export type ServerNotConfiguredError = components['schemas']['ServerNotConfiguredError'];
export type TestEventResult = components['schemas']['TestEventResult'];
export type FolderList = components['schemas']['FolderList'];
export type Folder = components['schemas']['Folder'];
export type BadRequestError = components['schemas']['BadRequestError'];
export type FolderNameTakenError = components['schemas']['FolderNameTakenError'];
export type FolderCreate = components['schemas']['FolderCreate'];
export type FolderNotFoundError = components['schemas']['FolderNotFoundError'];
export type FolderUpdate = components['schemas']['FolderUpdate'];
export type TagColor = components['schemas']['TagColor'];
export type TagUpdate = components['schemas']['TagUpdate'];
export type UtmTemplateList = components['schemas']['UtmTemplateList'];
export type UtmTemplate = components['schemas']['UtmTemplate'];
export type UtmTemplateCreate = components['schemas']['UtmTemplateCreate'];
export type UtmTemplateValues = components['schemas']['UtmTemplateValues'];
export type UtmTemplateNotFoundError = components['schemas']['UtmTemplateNotFoundError'];
export type UtmTemplateUpdate = components['schemas']['UtmTemplateUpdate'];
export type ViewList = components['schemas']['ViewList'];
export type View = components['schemas']['View'];
export type ViewCreate = components['schemas']['ViewCreate'];
export type ViewNotFoundError = components['schemas']['ViewNotFoundError'];
export type Pixel = components['schemas']['Pixel'];
export type PixelDuplicateError = components['schemas']['PixelDuplicateError'];
export type PixelCreate = components['schemas']['PixelCreate'];
export type PixelPage = components['schemas']['PixelPage'];
export type PixelUpdate = components['schemas']['PixelUpdate'];
export type Domain = components['schemas']['Domain'];
export type DomainVerification = components['schemas']['DomainVerification'];
export type DomainTakenError = components['schemas']['DomainTakenError'];
export type DomainCreate = components['schemas']['DomainCreate'];
export type DomainPage = components['schemas']['DomainPage'];
export type DomainNotFoundError = components['schemas']['DomainNotFoundError'];
export type DomainUpdate = components['schemas']['DomainUpdate'];
export type DomainCheck = components['schemas']['DomainCheck'];
export type DomainInUseError = components['schemas']['DomainInUseError'];
export type ApiKeyCreated = components['schemas']['ApiKeyCreated'];
export type ApiKey = components['schemas']['ApiKey'];
export type ApiKeyCreate = components['schemas']['ApiKeyCreate'];
export type ApiKeyPage = components['schemas']['ApiKeyPage'];
export type ApiKeyNotFoundError = components['schemas']['ApiKeyNotFoundError'];
export type LastOwnerKeyError = components['schemas']['LastOwnerKeyError'];
export type Workspace = components['schemas']['Workspace'];
export type ConsentSettings = components['schemas']['ConsentSettings'];
export type ConsentPrompt = components['schemas']['ConsentPrompt'];
export type WorkspaceUpdate = components['schemas']['WorkspaceUpdate'];
export type ConsentPromptUpdate = components['schemas']['ConsentPromptUpdate'];
export type ConversionStats = components['schemas']['ConversionStats'];
export type Stats = components['schemas']['Stats'];
export type StatsTotals = components['schemas']['StatsTotals'];
export type StatsPoint = components['schemas']['StatsPoint'];
export type StatsTopEntry = components['schemas']['StatsTopEntry'];
export type PixelYield = components['schemas']['PixelYield'];
export type Sparklines = components['schemas']['Sparklines'];
export type Audience = components['schemas']['Audience'];
export type ClickEventPage = components['schemas']['ClickEventPage'];
export type ClickEvent = components['schemas']['ClickEvent'];
export type TrackResult = components['schemas']['TrackResult'];
export type ClickNotFoundError = components['schemas']['ClickNotFoundError'];
export type TrackLead = components['schemas']['TrackLead'];
export type InvoiceConflictError = components['schemas']['InvoiceConflictError'];
export type TrackSale = components['schemas']['TrackSale'];
export type Conversion = components['schemas']['Conversion'];
export type ConversionNotFoundError = components['schemas']['ConversionNotFoundError'];
export type WebhookCreated = components['schemas']['WebhookCreated'];
export type Webhook = components['schemas']['Webhook'];
export type WebhookCreate = components['schemas']['WebhookCreate'];
export type WebhookPage = components['schemas']['WebhookPage'];
export type WebhookNotFoundError = components['schemas']['WebhookNotFoundError'];
export type WebhookUpdate = components['schemas']['WebhookUpdate'];
export type WebhookRotated = components['schemas']['WebhookRotated'];
export type WebhookRotate = components['schemas']['WebhookRotate'];
export type WebhookDeliveryPage = components['schemas']['WebhookDeliveryPage'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type WebhookMessageAccepted = components['schemas']['WebhookMessageAccepted'];
export type HeaderRequestId = components['headers']['RequestId'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type HeaderLocation = components['headers']['Location'];
export type $defs = Record<string, never>;
export interface operations {
    createLinks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkBulkCreate"];
            };
        };
        responses: {
            /** @description Per-item results in input order. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkBulkCreateResult"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`, `BULK_TOO_LARGE`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "VALIDATION_FAILED" | "BULK_TOO_LARGE";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`, `LINK_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED" | "LINK_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    deleteLinks: {
        parameters: {
            query: {
                /** @description Up to 100 link ids: `ids=a&ids=b` (or `ids=a,b`). */
                ids: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per-link results in input order. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkBulkDeleteResult"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    updateLinks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkBulkUpdate"];
            };
        };
        responses: {
            /** @description Per-link results in input order. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkBulkUpdateResult"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationFailedError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    lookupLink: {
        parameters: {
            query?: {
                /** @description The short link’s slug (case-sensitive); with `domain` when not on the default domain. */
                slug?: string;
                /** @description Hostname of the short link; the default domain when absent. */
                domain?: string;
                /** @description Your own id of the link. Give either `slug` (and `domain`) or `externalId`. */
                externalId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Link"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Not found in this workspace. Codes: `LINK_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    upsertLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Your own id for this link (e.g. a CMS or CRM id), unique in the workspace. `PUT /links/external/{externalId}` creates or updates by it. */
                externalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkUpsert"];
            };
        };
        responses: {
            /** @description Updated the existing link. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Link"];
                };
            };
            /** @description Created; `Location` is the new link. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Link"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Conflicts with what exists. Codes: `SLUG_TAKEN`, `EXTERNAL_ID_TAKEN`. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "SLUG_TAKEN" | "EXTERNAL_ID_TAKEN";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`, `URL_UNSAFE`, `DESTINATION_BLOCKED`, `SLUG_INVALID`, `SLUG_RESERVED`, `DOMAIN_UNKNOWN`, `PIXEL_UNKNOWN`, `FOLDER_UNKNOWN`, `EXPIRES_IN_PAST`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "VALIDATION_FAILED" | "URL_UNSAFE" | "DESTINATION_BLOCKED" | "SLUG_INVALID" | "SLUG_RESERVED" | "DOMAIN_UNKNOWN" | "PIXEL_UNKNOWN" | "FOLDER_UNKNOWN" | "EXPIRES_IN_PAST";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    listLinks: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                /** @description Substring of the slug, title, destination URL or a tag (case-insensitive). */
                q?: string;
                /** @description Only links with exactly this tag. */
                tag?: string;
                /** @description Only links on this domain. */
                domain?: string;
                /** @description Only links in this folder; empty (`folderId=`) for links in no folder. */
                folderId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of links. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkPage"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`, `INVALID_CURSOR`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY" | "INVALID_CURSOR";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `DOMAIN_UNKNOWN`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainUnknownError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    createLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkCreate"];
            };
        };
        responses: {
            /** @description Created; `Location` is the new link. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Link"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Conflicts with what exists. Codes: `SLUG_TAKEN`, `EXTERNAL_ID_TAKEN`. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "SLUG_TAKEN" | "EXTERNAL_ID_TAKEN";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`, `URL_UNSAFE`, `DESTINATION_BLOCKED`, `SLUG_INVALID`, `SLUG_RESERVED`, `DOMAIN_UNKNOWN`, `PIXEL_UNKNOWN`, `FOLDER_UNKNOWN`, `EXPIRES_IN_PAST`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "VALIDATION_FAILED" | "URL_UNSAFE" | "DESTINATION_BLOCKED" | "SLUG_INVALID" | "SLUG_RESERVED" | "DOMAIN_UNKNOWN" | "PIXEL_UNKNOWN" | "FOLDER_UNKNOWN" | "EXPIRES_IN_PAST";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`, `LINK_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED" | "LINK_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    getLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Link"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Not found in this workspace. Codes: `LINK_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    deleteLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `LINK_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    updateLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkUpdate"];
            };
        };
        responses: {
            /** @description The updated link. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Link"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `LINK_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkNotFoundError"];
                };
            };
            /** @description Conflicts with what exists. Codes: `SLUG_TAKEN`, `EXTERNAL_ID_TAKEN`. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "SLUG_TAKEN" | "EXTERNAL_ID_TAKEN";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`, `URL_UNSAFE`, `DESTINATION_BLOCKED`, `SLUG_INVALID`, `SLUG_RESERVED`, `DOMAIN_UNKNOWN`, `PIXEL_UNKNOWN`, `FOLDER_UNKNOWN`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "VALIDATION_FAILED" | "URL_UNSAFE" | "DESTINATION_BLOCKED" | "SLUG_INVALID" | "SLUG_RESERVED" | "DOMAIN_UNKNOWN" | "PIXEL_UNKNOWN" | "FOLDER_UNKNOWN";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    getPasswordLockout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lock, or `locked: false`. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordLockout"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Not found in this workspace. Codes: `LINK_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    deletePasswordLockout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unlocked. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `LINK_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                /** @description Only this action. */
                action?: "link.create" | "link.update" | "link.delete" | "link.unlock" | "pixel.create" | "pixel.update" | "pixel.delete" | "pixel.server_update" | "pixel.server_delete" | "domain.create" | "domain.update" | "domain.delete" | "domain.check" | "api_key.create" | "api_key.delete" | "workspace.update" | "folder.create" | "folder.update" | "folder.delete" | "tag.update" | "utm_template.create" | "utm_template.update" | "utm_template.delete" | "view.create" | "view.delete";
                /** @description Only events about this kind of object. */
                targetType?: "link" | "pixel" | "domain" | "api_key" | "workspace" | "folder" | "tag" | "utm_template" | "view";
                /** @description Only events about this object. */
                targetId?: string;
                /** @description Only events by this key. */
                actorId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of events. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`, `INVALID_CURSOR`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY" | "INVALID_CURSOR";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    listTags: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                /** @description Only tags containing this text (case-insensitive). */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tags. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagPage"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`, `INVALID_CURSOR`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY" | "INVALID_CURSOR";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    getPixelServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pixel’s server-side setup and delivery status. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixelServer"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Not found in this workspace. Codes: `PIXEL_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixelNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    updatePixelServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PixelServerUpdate"];
            };
        };
        responses: {
            /** @description The updated setup. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixelServer"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `PIXEL_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixelNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`, `SERVER_EVENTS_UNSUPPORTED`, `SERVER_SETTINGS_INVALID`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "VALIDATION_FAILED" | "SERVER_EVENTS_UNSUPPORTED" | "SERVER_SETTINGS_INVALID";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    deletePixelServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stopped. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `PIXEL_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixelNotFoundError"];
                };
            };
            /** @description Conflicts with what exists. Codes: `SERVER_NOT_CONFIGURED`. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerNotConfiguredError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    createPixelTestEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the platform answered. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestEventResult"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `PIXEL_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixelNotFoundError"];
                };
            };
            /** @description Conflicts with what exists. Codes: `SERVER_NOT_CONFIGURED`. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerNotConfiguredError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `SERVER_EVENTS_UNSUPPORTED`, `TEST_MODE_UNAVAILABLE`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "SERVER_EVENTS_UNSUPPORTED" | "TEST_MODE_UNAVAILABLE";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    listFolders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All folders. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FolderList"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    createFolder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FolderCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Folder"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Conflicts with what exists. Codes: `FOLDER_NAME_TAKEN`. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FolderNameTakenError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationFailedError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    deleteFolder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `FOLDER_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FolderNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    updateFolder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FolderUpdate"];
            };
        };
        responses: {
            /** @description The renamed folder. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Folder"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `FOLDER_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FolderNotFoundError"];
                };
            };
            /** @description Conflicts with what exists. Codes: `FOLDER_NAME_TAKEN`. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FolderNameTakenError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationFailedError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    updateTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tag, URL-encoded. */
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagUpdate"];
            };
        };
        responses: {
            /** @description The tag and its colour. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagColor"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationFailedError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    listUtmTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All templates. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UtmTemplateList"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    createUtmTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UtmTemplateCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UtmTemplate"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationFailedError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    deleteUtmTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `UTM_TEMPLATE_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UtmTemplateNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    updateUtmTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UtmTemplateUpdate"];
            };
        };
        responses: {
            /** @description The template. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UtmTemplate"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `UTM_TEMPLATE_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UtmTemplateNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationFailedError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    listViews: {
        parameters: {
            query?: {
                /** @description Only the views of this screen. */
                screen?: "links" | "analytics";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All saved views (of one screen with `screen`). */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViewList"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    createView: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ViewCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["View"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationFailedError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    deleteView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `VIEW_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViewNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    listPixels: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                /** @description Substring of the name or tag id (case-insensitive). */
                q?: string;
                platform?: "meta" | "google_ads" | "ga4" | "linkedin" | "tiktok" | "x" | "pinterest" | "snapchat" | "reddit" | "microsoft" | "quora";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of pixels. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixelPage"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`, `INVALID_CURSOR`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY" | "INVALID_CURSOR";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    createPixel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PixelCreate"];
            };
        };
        responses: {
            /** @description Created; `Location` is the new pixel. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pixel"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Conflicts with what exists. Codes: `PIXEL_DUPLICATE`. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixelDuplicateError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`, `PIXEL_ID_INVALID`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "VALIDATION_FAILED" | "PIXEL_ID_INVALID";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    getPixel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pixel. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pixel"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Not found in this workspace. Codes: `PIXEL_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixelNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    deletePixel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `PIXEL_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixelNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    updatePixel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PixelUpdate"];
            };
        };
        responses: {
            /** @description The updated pixel. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pixel"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `PIXEL_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixelNotFoundError"];
                };
            };
            /** @description Conflicts with what exists. Codes: `PIXEL_DUPLICATE`. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixelDuplicateError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`, `PIXEL_ID_INVALID`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "VALIDATION_FAILED" | "PIXEL_ID_INVALID";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    listDomains: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of domains. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainPage"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`, `INVALID_CURSOR`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY" | "INVALID_CURSOR";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    createDomain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainCreate"];
            };
        };
        responses: {
            /** @description Created; `Location` is the new domain. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Domain"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Conflicts with what exists. Codes: `DOMAIN_TAKEN`. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainTakenError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`, `DOMAIN_INVALID`, `URL_UNSAFE`, `DESTINATION_BLOCKED`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "VALIDATION_FAILED" | "DOMAIN_INVALID" | "URL_UNSAFE" | "DESTINATION_BLOCKED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    getDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domain. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Domain"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Not found in this workspace. Codes: `DOMAIN_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    deleteDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `DOMAIN_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainNotFoundError"];
                };
            };
            /** @description Conflicts with what exists. Codes: `DOMAIN_IN_USE`. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainInUseError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    updateDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DomainUpdate"];
            };
        };
        responses: {
            /** @description The updated domain. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Domain"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `DOMAIN_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`, `URL_UNSAFE`, `DESTINATION_BLOCKED`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "VALIDATION_FAILED" | "URL_UNSAFE" | "DESTINATION_BLOCKED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    checkDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domain with the outcome of this check. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainCheck"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `DOMAIN_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of keys. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`, `INVALID_CURSOR`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY" | "INVALID_CURSOR";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiKeyCreate"];
            };
        };
        responses: {
            /** @description Created; `secret` is shown only now. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyCreated"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`, `ROLE_NOT_GRANTABLE`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "VALIDATION_FAILED" | "ROLE_NOT_GRANTABLE";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    deleteApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `API_KEY_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyNotFoundError"];
                };
            };
            /** @description Conflicts with what exists. Codes: `LAST_OWNER_KEY`. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LastOwnerKeyError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    updateWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkspaceUpdate"];
            };
        };
        responses: {
            /** @description The updated workspace. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`, `URL_UNSAFE`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "VALIDATION_FAILED" | "URL_UNSAFE";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    getConversionStats: {
        parameters: {
            query?: {
                /** @description A range ending now: `<n>h` or `<n>d` (n up to 999), or `all` (since the link — for workspace stats, the workspace — was created). Not with `from`/`to`. */
                range?: string;
                /** @description Start (inclusive). A date starts at midnight in the workspace time zone. Default: 30 days before `to`. */
                from?: string;
                /** @description End. A date includes that whole day in the workspace time zone; an instant is exclusive. Default: now. */
                to?: string;
                /** @description One row per day (workspace time zone), per link, or per campaign (the clicks’ `utm_campaign`). */
                groupBy?: "day" | "link" | "campaign";
                /** @description Only this link’s conversions and clicks. */
                linkId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversion figures over the range. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionStats"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Not found in this workspace. Codes: `LINK_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    exportConversionStats: {
        parameters: {
            query?: {
                /** @description A range ending now: `<n>h` or `<n>d` (n up to 999), or `all` (since the link — for workspace stats, the workspace — was created). Not with `from`/`to`. */
                range?: string;
                /** @description Start (inclusive). A date starts at midnight in the workspace time zone. Default: 30 days before `to`. */
                from?: string;
                /** @description End. A date includes that whole day in the workspace time zone; an instant is exclusive. Default: now. */
                to?: string;
                /** @description One row per day (workspace time zone), per link, or per campaign (the clicks’ `utm_campaign`). */
                groupBy?: "day" | "link" | "campaign";
                /** @description Only this link’s conversions and clicks. */
                linkId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A header row, then one row per day, link or campaign and currency. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    /** @description `attachment; filename="ricochet-conversions-<group>.csv"` */
                    "content-disposition"?: string;
                    /** @description `no-store` */
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /** @example group,key,label,human_clicks,leads,sales,currency,revenue,conversion_rate,sale_rate */
                    "text/csv": string;
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Not found in this workspace. Codes: `LINK_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    getLinkStats: {
        parameters: {
            query?: {
                /** @description A range ending now: `<n>h` or `<n>d` (n up to 999), or `all` (since the link — for workspace stats, the workspace — was created). Not with `from`/`to`. */
                range?: string;
                /** @description Start (inclusive). A date starts at midnight in the workspace time zone. Default: 30 days before `to`. */
                from?: string;
                /** @description End. A date includes that whole day in the workspace time zone; an instant is exclusive. Default: now. */
                to?: string;
                /** @description Timeseries bucket; days are in the workspace time zone. `hour` allows ranges up to 31 days. */
                interval?: "hour" | "day";
                /** @description Entries per top list. */
                top?: number;
                /** @description Also split the figures by one thing, into `groups`: `day` (every local date of the range, in order, zeros included), `link` (each live link by id), or a breakdown (`country`, `device`, `browser`, `os`, `referrer`, `utmSource`, …, `consent`; the whole UTC days the range touches). Except for days, the largest 1,000 groups by human clicks, empty ones left out. */
                groupBy?: "day" | "link" | "country" | "device" | "browser" | "os" | "referrer" | "utmSource" | "utmMedium" | "utmCampaign" | "utmTerm" | "utmContent" | "consent";
                /** @description `previous`: also answer the totals of the period of the same length just before (`previous`), to show the change. */
                compare?: "previous";
                /** @description Only this link (workspace stats). */
                linkId?: string;
                /** @description Only links with this tag. */
                tag?: string;
                /** @description Only links in this folder (empty: in no folder). */
                folderId?: string;
                /** @description Only clicks from this country (ISO code; empty: unknown). Click filters read the click rows: no `uniqueVisitors`. */
                country?: string;
                /** @description Only clicks from this device type (`desktop`, `mobile`, `tablet`, `other`). */
                device?: string;
                /** @description Only clicks from this operating system, as the top list names it. */
                os?: string;
                /** @description Only clicks from this browser, as the top list names it. */
                browser?: string;
                /** @description Only clicks from this referrer host (empty: direct / none). */
                referrer?: string;
                /** @description Only clicks whose short link was visited with this `utm_source`. */
                utm_source?: string;
                /** @description Only clicks with this `utm_medium`. */
                utm_medium?: string;
                /** @description Only clicks with this `utm_campaign`. */
                utm_campaign?: string;
                /** @description Only clicks with this `utm_term`. */
                utm_term?: string;
                /** @description Only clicks with this `utm_content`. */
                utm_content?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link’s figures over the range. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stats"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Not found in this workspace. Codes: `LINK_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    getWorkspaceStats: {
        parameters: {
            query?: {
                /** @description A range ending now: `<n>h` or `<n>d` (n up to 999), or `all` (since the link — for workspace stats, the workspace — was created). Not with `from`/`to`. */
                range?: string;
                /** @description Start (inclusive). A date starts at midnight in the workspace time zone. Default: 30 days before `to`. */
                from?: string;
                /** @description End. A date includes that whole day in the workspace time zone; an instant is exclusive. Default: now. */
                to?: string;
                /** @description Timeseries bucket; days are in the workspace time zone. `hour` allows ranges up to 31 days. */
                interval?: "hour" | "day";
                /** @description Entries per top list. */
                top?: number;
                /** @description Also split the figures by one thing, into `groups`: `day` (every local date of the range, in order, zeros included), `link` (each live link by id), or a breakdown (`country`, `device`, `browser`, `os`, `referrer`, `utmSource`, …, `consent`; the whole UTC days the range touches). Except for days, the largest 1,000 groups by human clicks, empty ones left out. */
                groupBy?: "day" | "link" | "country" | "device" | "browser" | "os" | "referrer" | "utmSource" | "utmMedium" | "utmCampaign" | "utmTerm" | "utmContent" | "consent";
                /** @description `previous`: also answer the totals of the period of the same length just before (`previous`), to show the change. */
                compare?: "previous";
                /** @description Only this link (workspace stats). */
                linkId?: string;
                /** @description Only links with this tag. */
                tag?: string;
                /** @description Only links in this folder (empty: in no folder). */
                folderId?: string;
                /** @description Only clicks from this country (ISO code; empty: unknown). Click filters read the click rows: no `uniqueVisitors`. */
                country?: string;
                /** @description Only clicks from this device type (`desktop`, `mobile`, `tablet`, `other`). */
                device?: string;
                /** @description Only clicks from this operating system, as the top list names it. */
                os?: string;
                /** @description Only clicks from this browser, as the top list names it. */
                browser?: string;
                /** @description Only clicks from this referrer host (empty: direct / none). */
                referrer?: string;
                /** @description Only clicks whose short link was visited with this `utm_source`. */
                utm_source?: string;
                /** @description Only clicks with this `utm_medium`. */
                utm_medium?: string;
                /** @description Only clicks with this `utm_campaign`. */
                utm_campaign?: string;
                /** @description Only clicks with this `utm_term`. */
                utm_term?: string;
                /** @description Only clicks with this `utm_content`. */
                utm_content?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace’s figures over the range. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stats"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    getLinkSparklines: {
        parameters: {
            query: {
                /** @description Up to 100 link ids: `ids=a&ids=b` or `ids=a,b`. */
                ids: string[];
                /** @description How many UTC days, ending today. */
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One series per link. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sparklines"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    getPixelAudience: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Windows, growth and readiness. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Audience"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Not found in this workspace. Codes: `PIXEL_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PixelNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    listClickEvents: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                /** @description Only this link’s clicks. */
                linkId?: string;
                /** @description A range ending now: `<n>h` or `<n>d` (n up to 999), or `all` (since the link — for workspace stats, the workspace — was created). Not with `from`/`to`. */
                range?: string;
                /** @description Start (inclusive). A date starts at midnight in the workspace time zone. Default: 30 days before `to`. */
                from?: string;
                /** @description End. A date includes that whole day in the workspace time zone; an instant is exclusive. Default: now. */
                to?: string;
                /** @description Bot and link-preview hits: with the humans (default), without them, or alone. */
                bots?: "include" | "exclude" | "only";
                /** @description ISO 3166-1 alpha-2, capitals. */
                country?: string;
                device?: "desktop" | "mobile" | "tablet" | "other";
                /** @description The consent outcome (docs/consent.md). */
                consent?: "bot" | "no_pixels" | "suppressed_gpc" | "denied_cookie" | "policy_never" | "not_required" | "granted_cookie" | "granted_tcf" | "denied_tcf" | "prompt" | "suppressed_region" | "granted_prompt" | "denied_prompt";
                /** @description The referring site’s host name. */
                referrerHost?: string;
                /** @description The visit’s `utm_source`. */
                utmSource?: string;
                /** @description The visit’s `utm_medium`. */
                utmMedium?: string;
                /** @description The visit’s `utm_campaign`. */
                utmCampaign?: string;
                /** @description The visit’s `utm_term`. */
                utmTerm?: string;
                /** @description The visit’s `utm_content`. */
                utmContent?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of click events. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClickEventPage"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`, `INVALID_CURSOR`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY" | "INVALID_CURSOR";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Not found in this workspace. Codes: `LINK_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    exportClicks: {
        parameters: {
            query?: {
                /** @description Only this link’s clicks. */
                linkId?: string;
                /** @description A range ending now: `<n>h` or `<n>d` (n up to 999), or `all` (since the link — for workspace stats, the workspace — was created). Not with `from`/`to`. */
                range?: string;
                /** @description Start (inclusive). A date starts at midnight in the workspace time zone. Default: 30 days before `to`. */
                from?: string;
                /** @description End. A date includes that whole day in the workspace time zone; an instant is exclusive. Default: now. */
                to?: string;
                /** @description Bot and link-preview hits: with the humans (default), without them, or alone. */
                bots?: "include" | "exclude" | "only";
                /** @description ISO 3166-1 alpha-2, capitals. */
                country?: string;
                device?: "desktop" | "mobile" | "tablet" | "other";
                /** @description The consent outcome (docs/consent.md). */
                consent?: "bot" | "no_pixels" | "suppressed_gpc" | "denied_cookie" | "policy_never" | "not_required" | "granted_cookie" | "granted_tcf" | "denied_tcf" | "prompt" | "suppressed_region" | "granted_prompt" | "denied_prompt";
                /** @description The referring site’s host name. */
                referrerHost?: string;
                /** @description The visit’s `utm_source`. */
                utmSource?: string;
                /** @description The visit’s `utm_medium`. */
                utmMedium?: string;
                /** @description The visit’s `utm_campaign`. */
                utmCampaign?: string;
                /** @description The visit’s `utm_term`. */
                utmTerm?: string;
                /** @description The visit’s `utm_content`. */
                utmContent?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per click, oldest first, after a header row. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    /** @description `attachment; filename="ricochet-clicks[-<slug>].csv"` */
                    "content-disposition"?: string;
                    /** @description `no-store` */
                    "cache-control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /** @example click_id,time,link_id,slug,domain,country,device,os,browser,referrer_host,utm_source,utm_medium,utm_campaign,utm_term,utm_content,click_ids,bot,consent,pixels_fired,pixels_confirmed */
                    "text/csv": string;
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Not found in this workspace. Codes: `LINK_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    createLead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrackLead"];
            };
        };
        responses: {
            /** @description Already tracked (a retry): the stored lead, nothing sent again. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackResult"];
                };
            };
            /** @description Tracked; `Location` is the conversion. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackResult"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `CLICK_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClickNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`, `ATTRIBUTION_EXPIRED`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "VALIDATION_FAILED" | "ATTRIBUTION_EXPIRED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    createSale: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrackSale"];
            };
        };
        responses: {
            /** @description Already tracked (a retry): the stored sale, nothing sent again. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackResult"];
                };
            };
            /** @description Tracked; `Location` is the conversion. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackResult"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `CLICK_NOT_FOUND`, `CUSTOMER_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "CLICK_NOT_FOUND" | "CUSTOMER_NOT_FOUND";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Conflicts with what exists. Codes: `INVOICE_CONFLICT`. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceConflictError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`, `ATTRIBUTION_EXPIRED`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "VALIDATION_FAILED" | "ATTRIBUTION_EXPIRED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    getConversion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversion. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversion"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description Not found in this workspace. Codes: `CONVERSION_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of endpoints. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`, `INVALID_CURSOR`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY" | "INVALID_CURSOR";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            /** @description Created; `secret` is shown only now. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreated"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`, `URL_UNSAFE`, `WEBHOOK_URL_FORBIDDEN`, `WEBHOOK_URL_UNRESOLVABLE`, `LINK_UNKNOWN`, `WEBHOOK_LIMIT_REACHED`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "VALIDATION_FAILED" | "URL_UNSAFE" | "WEBHOOK_URL_FORBIDDEN" | "WEBHOOK_URL_UNRESOLVABLE" | "LINK_UNKNOWN" | "WEBHOOK_LIMIT_REACHED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `WEBHOOK_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `WEBHOOK_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookUpdate"];
            };
        };
        responses: {
            /** @description The updated endpoint. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `WEBHOOK_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`, `URL_UNSAFE`, `WEBHOOK_URL_FORBIDDEN`, `WEBHOOK_URL_UNRESOLVABLE`, `LINK_UNKNOWN`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "VALIDATION_FAILED" | "URL_UNSAFE" | "WEBHOOK_URL_FORBIDDEN" | "WEBHOOK_URL_UNRESOLVABLE" | "LINK_UNKNOWN";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookRotate"];
            };
        };
        responses: {
            /** @description The endpoint with its new `secret`. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookRotated"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `MALFORMED_JSON`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "MALFORMED_JSON" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `WEBHOOK_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Body is not JSON. Codes: `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request is well-formed but not acceptable; `details` says which field and why. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationFailedError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Page size, 1–100 (default 50). */
                limit?: number;
                /** @description The `nextCursor` of the previous page; absent for the first page. */
                cursor?: string;
                /** @description Only the attempts of this message. */
                messageId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the log. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`, `INVALID_CURSOR`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY" | "INVALID_CURSOR";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `WEBHOOK_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    sendWebhookTestEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued; `messageId` is its `webhook-id`. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookMessageAccepted"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `WEBHOOK_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookNotFoundError"];
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    redeliverWebhookMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookMessageAccepted"];
                };
            };
            /** @description The request is malformed. Codes: `BAD_REQUEST`, `INVALID_QUERY`. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "BAD_REQUEST" | "INVALID_QUERY";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key. Codes: `UNAUTHENTICATED`. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthenticatedError"];
                };
            };
            /** @description The key’s role does not allow this. Codes: `FORBIDDEN`. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Not found in this workspace. Codes: `WEBHOOK_NOT_FOUND`, `WEBHOOK_MESSAGE_NOT_FOUND`. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "WEBHOOK_NOT_FOUND" | "WEBHOOK_MESSAGE_NOT_FOUND";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Body larger than this operation accepts (docs/api.md#limits); the connection is closed. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description Rate limited; retry after `Retry-After` seconds. Codes: `RATE_LIMITED`, `AUTH_RATE_LIMITED`. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "retry-after": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable; branch on it (docs/errors.md).
                             * @enum {string}
                             */
                            code: "RATE_LIMITED" | "AUTH_RATE_LIMITED";
                            /** @description For people; may be more precise than the catalogue message. */
                            message: string;
                            details?: components["schemas"]["ErrorDetails"];
                        };
                    };
                };
            };
            /** @description Unexpected server error (logged with the request id). Codes: `INTERNAL`. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalError"];
                };
            };
            /** @description The database is not reachable right now; retry later. Codes: `UNAVAILABLE`. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnavailableError"];
                };
            };
        };
    };
    onLinkCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and redelivery of this message, so a receiver can skip what it already processed. */
                "webhook-id": string;
                /** @description When this attempt was sent, in Unix seconds. Refuse messages more than 5 minutes off (replays). */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>`. Two during a secret rotation’s overlap; one matching is enough. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkCreatedMessage"];
            };
        };
        responses: {
            /** @description Any 2xx within WEBHOOK_TIMEOUT_MS (default 15 s) acknowledges the message. Answer first, work later. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: Ricochet turns the endpoint off and sends nothing more to it. Any other status, a timeout or a network error is retried on the schedule (about three days), honouring `Retry-After`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onLinkUpdated: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and redelivery of this message, so a receiver can skip what it already processed. */
                "webhook-id": string;
                /** @description When this attempt was sent, in Unix seconds. Refuse messages more than 5 minutes off (replays). */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>`. Two during a secret rotation’s overlap; one matching is enough. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkUpdatedMessage"];
            };
        };
        responses: {
            /** @description Any 2xx within WEBHOOK_TIMEOUT_MS (default 15 s) acknowledges the message. Answer first, work later. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: Ricochet turns the endpoint off and sends nothing more to it. Any other status, a timeout or a network error is retried on the schedule (about three days), honouring `Retry-After`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onLinkDeleted: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and redelivery of this message, so a receiver can skip what it already processed. */
                "webhook-id": string;
                /** @description When this attempt was sent, in Unix seconds. Refuse messages more than 5 minutes off (replays). */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>`. Two during a secret rotation’s overlap; one matching is enough. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkDeletedMessage"];
            };
        };
        responses: {
            /** @description Any 2xx within WEBHOOK_TIMEOUT_MS (default 15 s) acknowledges the message. Answer first, work later. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: Ricochet turns the endpoint off and sends nothing more to it. Any other status, a timeout or a network error is retried on the schedule (about three days), honouring `Retry-After`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onClick: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and redelivery of this message, so a receiver can skip what it already processed. */
                "webhook-id": string;
                /** @description When this attempt was sent, in Unix seconds. Refuse messages more than 5 minutes off (replays). */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>`. Two during a secret rotation’s overlap; one matching is enough. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClickMessage"];
            };
        };
        responses: {
            /** @description Any 2xx within WEBHOOK_TIMEOUT_MS (default 15 s) acknowledges the message. Answer first, work later. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: Ricochet turns the endpoint off and sends nothing more to it. Any other status, a timeout or a network error is retried on the schedule (about three days), honouring `Retry-After`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onLeadCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and redelivery of this message, so a receiver can skip what it already processed. */
                "webhook-id": string;
                /** @description When this attempt was sent, in Unix seconds. Refuse messages more than 5 minutes off (replays). */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>`. Two during a secret rotation’s overlap; one matching is enough. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadCreatedMessage"];
            };
        };
        responses: {
            /** @description Any 2xx within WEBHOOK_TIMEOUT_MS (default 15 s) acknowledges the message. Answer first, work later. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: Ricochet turns the endpoint off and sends nothing more to it. Any other status, a timeout or a network error is retried on the schedule (about three days), honouring `Retry-After`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onSaleCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and redelivery of this message, so a receiver can skip what it already processed. */
                "webhook-id": string;
                /** @description When this attempt was sent, in Unix seconds. Refuse messages more than 5 minutes off (replays). */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>`. Two during a secret rotation’s overlap; one matching is enough. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaleCreatedMessage"];
            };
        };
        responses: {
            /** @description Any 2xx within WEBHOOK_TIMEOUT_MS (default 15 s) acknowledges the message. Answer first, work later. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: Ricochet turns the endpoint off and sends nothing more to it. Any other status, a timeout or a network error is retried on the schedule (about three days), honouring `Retry-After`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onAudienceReady: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and redelivery of this message, so a receiver can skip what it already processed. */
                "webhook-id": string;
                /** @description When this attempt was sent, in Unix seconds. Refuse messages more than 5 minutes off (replays). */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>`. Two during a secret rotation’s overlap; one matching is enough. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AudienceReadyMessage"];
            };
        };
        responses: {
            /** @description Any 2xx within WEBHOOK_TIMEOUT_MS (default 15 s) acknowledges the message. Answer first, work later. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: Ricochet turns the endpoint off and sends nothing more to it. Any other status, a timeout or a network error is retried on the schedule (about three days), honouring `Retry-After`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPixelDeliveryFailing: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and redelivery of this message, so a receiver can skip what it already processed. */
                "webhook-id": string;
                /** @description When this attempt was sent, in Unix seconds. Refuse messages more than 5 minutes off (replays). */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>`. Two during a secret rotation’s overlap; one matching is enough. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PixelDeliveryFailingMessage"];
            };
        };
        responses: {
            /** @description Any 2xx within WEBHOOK_TIMEOUT_MS (default 15 s) acknowledges the message. Answer first, work later. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: Ricochet turns the endpoint off and sends nothing more to it. Any other status, a timeout or a network error is retried on the schedule (about three days), honouring `Retry-After`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onWebhookTest: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry and redelivery of this message, so a receiver can skip what it already processed. */
                "webhook-id": string;
                /** @description When this attempt was sent, in Unix seconds. Refuse messages more than 5 minutes off (replays). */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>`. Two during a secret rotation’s overlap; one matching is enough. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookTestMessage"];
            };
        };
        responses: {
            /** @description Any 2xx within WEBHOOK_TIMEOUT_MS (default 15 s) acknowledges the message. Answer first, work later. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: Ricochet turns the endpoint off and sends nothing more to it. Any other status, a timeout or a network error is retried on the schedule (about three days), honouring `Retry-After`. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
