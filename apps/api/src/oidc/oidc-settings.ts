/** Where providers send the browser back (the web app's page), and where after logout. */
export class OidcSettings {
  readonly redirectUri: string;
  readonly postLogoutRedirectUri: string;

  constructor(publicUrl: string) {
    this.redirectUri = `${publicUrl}/connexion/oidc`;
    this.postLogoutRedirectUri = `${publicUrl}/connexion`;
  }
}
