-- PostgreSQL roles for a hosted Solace (see docs/hosting.md). Run as the postgres superuser:
--   sudo -u postgres psql -v db=solace -v owner_pw='…' -v app_pw='…' -f postgres-roles.sql
-- solace_owner owns the tables and runs `solace migrate`; solace_app is what the nodes log in as:
-- it can read and write rows, and create, alter or drop nothing.
CREATE ROLE solace_owner LOGIN PASSWORD :'owner_pw';
CREATE ROLE solace_app LOGIN PASSWORD :'app_pw';
CREATE DATABASE :"db" OWNER solace_owner;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO solace_owner;
GRANT CONNECT ON DATABASE :"db" TO solace_app;
\connect :"db"
-- Only the owner creates objects (PostgreSQL 15 already keeps PUBLIC out of schema public).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO solace_owner;
GRANT USAGE ON SCHEMA public TO solace_app;
-- Tables and sequences that `solace migrate` creates now or later.
ALTER DEFAULT PRIVILEGES FOR ROLE solace_owner IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO solace_app;
ALTER DEFAULT PRIVILEGES FOR ROLE solace_owner IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO solace_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO solace_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO solace_app;
