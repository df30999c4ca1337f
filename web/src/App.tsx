import { Route, Routes } from 'react-router-dom';
import { AccountabilityPage, PublicRecommendationPage } from './accountability/AccountabilityPage';
import { AssembliesPage } from './assembly/AssembliesPage';
import { AssemblyPage } from './assembly/AssemblyPage';
import { RecommendationPage } from './assembly/RecommendationPage';
import { SessionPage } from './assembly/SessionPage';
import { RequireSignIn } from './auth/RequireSignIn';
import { AuditPage } from './commune/AuditPage';
import { CommunePage } from './commune/CommunePage';
import { CreateCommunePage } from './commune/CreateCommunePage';
import { JoiningPage } from './commune/JoiningPage';
import { MembersPage } from './commune/MembersPage';
import { CommuneAboutPage } from './directory/CommuneAboutPage';
import { DirectoryPage } from './directory/DirectoryPage';
import { DrawPage } from './draw/DrawPage';
import { PublicDrawPage } from './draw/PublicDrawPage';
import { SeatOfferPage } from './draw/SeatOfferPage';
import { SignUpPage } from './draw/SignUpPage';
import { HomePage } from './home/HomePage';
import { InvitationPage } from './invitation/InvitationPage';
import { MyCommunesPage } from './me/MyCommunesPage';
import { MyDataPage } from './me/MyDataPage';
import { NotificationsPage } from './me/NotificationsPage';
import { CommuneNetworksPage } from './network/CommuneNetworksPage';
import { NetworkPage } from './network/NetworkPage';
import { NetworksPage } from './network/NetworksPage';
import { OperatorCommunesPage } from './operator/OperatorCommunesPage';
import { Layout } from './ui/Layout';
import { NotFoundPage } from './ui/NotFoundPage';

/** The app's routes: public pages, and the signed-in ones behind one guard. */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/" element={<HomePage />} />
        <Route path="/directory" element={<DirectoryPage />} />
        <Route path="/communes/:slug/about" element={<CommuneAboutPage />} />
        <Route path="/communes/:slug/accountability" element={<AccountabilityPage />} />
        <Route path="/communes/:slug/accountability/:id" element={<PublicRecommendationPage />} />
        <Route path="/communes/:slug/draws/:draw" element={<PublicDrawPage />} />
        <Route path="/communes/:slug/seat-offers/:offer" element={<SeatOfferPage />} />
        <Route path="/communes/:slug/draws/:draw/sign-up" element={<SignUpPage />} />
        {/* The invitation links shared before the public page existed (?invitation=CODE) keep working. */}
        <Route path="/communes/:slug/join" element={<CommuneAboutPage />} />
        <Route path="/invitations/:id" element={<InvitationPage />} />
        <Route element={<RequireSignIn />}>
          <Route path="/communes" element={<MyCommunesPage />} />
          <Route path="/communes/new" element={<CreateCommunePage />} />
          <Route path="/communes/:slug" element={<CommunePage />} />
          <Route path="/communes/:slug/members" element={<MembersPage />} />
          <Route path="/communes/:slug/joining" element={<JoiningPage />} />
          <Route path="/communes/:slug/audit" element={<AuditPage />} />
          <Route path="/communes/:slug/networks" element={<CommuneNetworksPage />} />
          <Route path="/communes/:slug/assemblies" element={<AssembliesPage />} />
          <Route path="/communes/:slug/assemblies/:assembly" element={<AssemblyPage />} />
          <Route path="/communes/:slug/assemblies/:assembly/sessions/:session" element={<SessionPage />} />
          <Route path="/communes/:slug/assemblies/:assembly/draws/:draw" element={<DrawPage />} />
          <Route path="/communes/:slug/assemblies/:assembly/recommendations/:id" element={<RecommendationPage />} />
          <Route path="/networks" element={<NetworksPage />} />
          <Route path="/networks/:slug" element={<NetworkPage />} />
          <Route path="/me" element={<MyDataPage />} />
          <Route path="/notifications" element={<NotificationsPage />} />
          <Route path="/operator/communes" element={<OperatorCommunesPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
