--
-- PostgreSQL database dump
--

\restrict ju3yRER8SapLt9wIzlr8WOMzdioqSxdJsfae8NOM5N0eJ25FbchdDlHdH5leOd2

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: action_events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.action_events (
    seq bigint NOT NULL,
    action_id text NOT NULL,
    at text NOT NULL,
    event text NOT NULL,
    actor text,
    detail text
);


ALTER TABLE public.action_events OWNER TO postgres;

--
-- Name: action_events_seq_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.action_events_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.action_events_seq_seq OWNER TO postgres;

--
-- Name: action_events_seq_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.action_events_seq_seq OWNED BY public.action_events.seq;


--
-- Name: actions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.actions (
    id text NOT NULL,
    session_id text NOT NULL,
    agent text NOT NULL,
    name text NOT NULL,
    arguments text NOT NULL,
    summary text NOT NULL,
    status text NOT NULL,
    confirm_role text NOT NULL,
    proposed_by text NOT NULL,
    proposed_at text NOT NULL,
    expires_at text NOT NULL,
    confirmed_by text,
    confirmed_at text,
    cancelled_by text,
    finished_at text,
    duration_ms double precision,
    attempts integer DEFAULT 0 NOT NULL,
    response_status integer,
    receipt text,
    error text,
    retryable integer DEFAULT 0 NOT NULL,
    executing_since text
);


ALTER TABLE public.actions OWNER TO postgres;

--
-- Name: copilot_api_keys; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.copilot_api_keys (
    id text NOT NULL,
    name text NOT NULL,
    role text NOT NULL,
    hash text NOT NULL,
    prefix text NOT NULL,
    created_at text NOT NULL,
    revoked_at text
);


ALTER TABLE public.copilot_api_keys OWNER TO postgres;

--
-- Name: copilot_sessions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.copilot_sessions (
    id text NOT NULL,
    owner text NOT NULL,
    title text NOT NULL,
    created_at text NOT NULL,
    updated_at text NOT NULL
);


ALTER TABLE public.copilot_sessions OWNER TO postgres;

--
-- Name: copilot_turns; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.copilot_turns (
    session_id text NOT NULL,
    turn integer NOT NULL,
    message text NOT NULL,
    kind text NOT NULL,
    planner text NOT NULL,
    plan text,
    sql text,
    answer text NOT NULL,
    result_preview text,
    timings text,
    error text,
    created_at text NOT NULL,
    llm_calls integer,
    prompt_tokens integer,
    completion_tokens integer
);


ALTER TABLE public.copilot_turns OWNER TO postgres;

--
-- Name: action_events seq; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.action_events ALTER COLUMN seq SET DEFAULT nextval('public.action_events_seq_seq'::regclass);


--
-- Data for Name: action_events; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.action_events (seq, action_id, at, event, actor, detail) FROM stdin;
1	act_54d977729aa5da7d1ff72fb7	2026-12-04T17:13:45.731Z	proposed	local	Order 200 units of product 12 from its supplier.
\.


--
-- Data for Name: actions; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.actions (id, session_id, agent, name, arguments, summary, status, confirm_role, proposed_by, proposed_at, expires_at, confirmed_by, confirmed_at, cancelled_by, finished_at, duration_ms, attempts, response_status, receipt, error, retryable, executing_since) FROM stdin;
act_54d977729aa5da7d1ff72fb7	60a4fc035ba559e83b5cb74a4e1f73ed	Inventory	restock_product	{"product_id":12,"quantity":200}	Order 200 units of product 12 from its supplier.	proposed	operator	local	2026-12-04T17:13:45.731Z	2026-12-04T17:23:45.731Z	\N	\N	\N	\N	\N	0	\N	\N	\N	0	\N
\.


--
-- Data for Name: copilot_api_keys; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.copilot_api_keys (id, name, role, hash, prefix, created_at, revoked_at) FROM stdin;
key_d705137e66d14bb3	fixture	analyst	e2e5abd9b8c19c24ee322252111f5be83c4c1d060524a772476fde0955e41d5d	rck_5633a1	2026-12-04T17:13:45.772Z	\N
\.


--
-- Data for Name: copilot_sessions; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.copilot_sessions (id, owner, title, created_at, updated_at) FROM stdin;
d42ba8e41e70d4ad9c522bb11caa350d	local	revenue last month	2026-12-04T17:13:45.057Z	2026-12-04T17:13:45.385Z
60a4fc035ba559e83b5cb74a4e1f73ed	local	restock product 12 with 200 units	2026-12-04T17:13:45.730Z	2026-12-04T17:13:45.735Z
\.


--
-- Data for Name: copilot_turns; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.copilot_turns (session_id, turn, message, kind, planner, plan, sql, answer, result_preview, timings, error, created_at, llm_calls, prompt_tokens, completion_tokens) FROM stdin;
d42ba8e41e70d4ad9c522bb11caa350d	1	revenue last month	answer	offline	{"ascending":false,"dimensions":[],"entities":[],"filters":[],"kind":"metric","metrics":["revenue"],"period":{"end":"2025-12-01","label":"November 2025","relative":true,"start":"2025-11-01"},"share":false,"shareFilters":[]}	SELECT SUM(rollup_daily_store_sales.revenue) AS revenue\nFROM rollup_daily_store_sales\nWHERE rollup_daily_store_sales.status <> 'cancelled'\n  AND rollup_daily_store_sales.day >= '2025-11-01' AND rollup_daily_store_sales.day < '2025-12-01'\nLIMIT 1001	Revenue in November 2025 was $1,118,054.64. (Relative dates are counted from 2025-12-31, the data's as-of date.)	{"columns":["revenue"],"row_count":1,"rows":[[1118054.6399999938]],"truncated":false}	{"answer":0.092628,"execute":0.42508999999999997,"guard":0.130413,"persist":0,"plan":0.771243,"total":1.797925}	\N	2026-12-04T17:13:45.060Z	\N	\N	\N
d42ba8e41e70d4ad9c522bb11caa350d	2	and last year?	answer	offline	{"ascending":false,"dimensions":[],"entities":[],"filters":[],"kind":"metric","metrics":["revenue"],"period":{"end":"2025-01-01","label":"2024","relative":true,"start":"2024-01-01"},"share":false,"shareFilters":[]}	SELECT SUM(rollup_daily_store_sales.revenue) AS revenue\nFROM rollup_daily_store_sales\nWHERE rollup_daily_store_sales.status <> 'cancelled'\n  AND rollup_daily_store_sales.day >= '2024-01-01' AND rollup_daily_store_sales.day < '2025-01-01'\nLIMIT 1001	Revenue in 2024 was $7,302,054.85. (Relative dates are counted from 2025-12-31, the data's as-of date.)	{"columns":["revenue"],"row_count":1,"rows":[[7302054.850000005]],"truncated":false}	{"answer":0.110033,"execute":1.6721890000000001,"guard":0.136402,"persist":0,"plan":0.584186,"total":3.013717}	\N	2026-12-04T17:13:45.383Z	\N	\N	\N
60a4fc035ba559e83b5cb74a4e1f73ed	1	restock product 12 with 200 units	action_proposal	actions	\N	\N	Proposed, not done yet: Order 200 units of product 12 from its supplier. Risk: Commits money to a supplier; stock arrives after the supplier's lead time. Reply “confirm” to carry it out or “cancel” to drop it — valid for 10 minutes (or POST /v1/actions/act_54d977729aa5da7d1ff72fb7/confirm).	\N	{"answer":0,"execute":0,"guard":0,"persist":0,"plan":0,"total":2.718039}	\N	2026-12-04T17:13:45.733Z	\N	\N	\N
\.


--
-- Name: action_events_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.action_events_seq_seq', 1, true);


--
-- Name: action_events action_events_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.action_events
    ADD CONSTRAINT action_events_pkey PRIMARY KEY (seq);


--
-- Name: actions actions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.actions
    ADD CONSTRAINT actions_pkey PRIMARY KEY (id);


--
-- Name: copilot_api_keys copilot_api_keys_hash_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.copilot_api_keys
    ADD CONSTRAINT copilot_api_keys_hash_key UNIQUE (hash);


--
-- Name: copilot_api_keys copilot_api_keys_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.copilot_api_keys
    ADD CONSTRAINT copilot_api_keys_name_key UNIQUE (name);


--
-- Name: copilot_api_keys copilot_api_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.copilot_api_keys
    ADD CONSTRAINT copilot_api_keys_pkey PRIMARY KEY (id);


--
-- Name: copilot_sessions copilot_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.copilot_sessions
    ADD CONSTRAINT copilot_sessions_pkey PRIMARY KEY (id);


--
-- Name: copilot_turns copilot_turns_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.copilot_turns
    ADD CONSTRAINT copilot_turns_pkey PRIMARY KEY (session_id, turn);


--
-- Name: action_events_action; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX action_events_action ON public.action_events USING btree (action_id, seq);


--
-- Name: actions_owner; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX actions_owner ON public.actions USING btree (proposed_by, proposed_at);


--
-- Name: actions_session; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX actions_session ON public.actions USING btree (session_id, proposed_at);


--
-- Name: copilot_sessions_owner; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX copilot_sessions_owner ON public.copilot_sessions USING btree (owner, updated_at);


--
-- Name: copilot_turns copilot_turns_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.copilot_turns
    ADD CONSTRAINT copilot_turns_session_id_fkey FOREIGN KEY (session_id) REFERENCES public.copilot_sessions(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict ju3yRER8SapLt9wIzlr8WOMzdioqSxdJsfae8NOM5N0eJ25FbchdDlHdH5leOd2

